#!version:1.0.0.1
# Handset: boot file of Yealink T58W 00:15:65:00:06:00
include:config "y000000000150.cfg"
include:config "001565000600.cfg"
overwrite_mode = 1
