#!version:1.0.0.1
# Handset: boot file of Yealink T44U 00:15:65:00:08:00
include:config "y000000000173.cfg"
include:config "001565000800.cfg"
overwrite_mode = 1
