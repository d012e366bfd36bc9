#!version:1.0.0.1
# Handset: boot file of Yealink T46S 00:15:65:00:01:00
include:config "y000000000066.cfg"
include:config "001565000100.cfg"
overwrite_mode = 1
