#!version:1.0.0.1
# Handset: boot file of Yealink T46U 00:15:65:00:0b:01
include:config "y000000000108.cfg"
include:config "001565000b01.cfg"
overwrite_mode = 1
