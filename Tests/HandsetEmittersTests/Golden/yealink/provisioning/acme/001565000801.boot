#!version:1.0.0.1
# Handset: boot file of Yealink T41U 00:15:65:00:08:01
include:config "001565000801.cfg"
overwrite_mode = 1
