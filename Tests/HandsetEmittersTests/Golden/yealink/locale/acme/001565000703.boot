#!version:1.0.0.1
# Handset: boot file of Yealink T46U 00:15:65:00:07:03
include:config "y000000000108.cfg"
include:config "001565000703.cfg"
overwrite_mode = 1
