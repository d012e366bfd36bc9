#!version:1.0.0.1
# Handset: boot file of Yealink T57W 00:15:65:00:05:00
include:config "y000000000097.cfg"
include:config "001565000500.cfg"
overwrite_mode = 1
