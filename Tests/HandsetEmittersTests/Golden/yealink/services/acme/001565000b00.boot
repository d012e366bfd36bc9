#!version:1.0.0.1
# Handset: boot file of Yealink T54W 00:15:65:00:0b:00
include:config "y000000000096.cfg"
include:config "001565000b00.cfg"
overwrite_mode = 1
