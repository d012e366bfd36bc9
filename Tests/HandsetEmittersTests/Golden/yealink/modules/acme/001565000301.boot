#!version:1.0.0.1
# Handset: boot file of Yealink T46S 00:15:65:00:03:01
include:config "y000000000066.cfg"
include:config "001565000301.cfg"
overwrite_mode = 1
