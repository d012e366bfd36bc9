#!version:1.0.0.1
# Handset: boot file of Yealink T41S 00:15:65:00:02:01
include:config "y000000000068.cfg"
include:config "001565000201.cfg"
overwrite_mode = 1
