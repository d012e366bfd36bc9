#!version:1.0.0.1
# Handset: boot file of Yealink T44W 00:15:65:00:08:02
include:config "y000000000174.cfg"
include:config "001565000802.cfg"
overwrite_mode = 1
