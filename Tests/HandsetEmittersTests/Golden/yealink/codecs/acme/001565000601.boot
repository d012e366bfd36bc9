#!version:1.0.0.1
# Handset: boot file of Yealink T42S 00:15:65:00:06:01
include:config "y000000000067.cfg"
include:config "001565000601.cfg"
overwrite_mode = 1
