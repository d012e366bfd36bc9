#!version:1.0.0.1
# Handset: boot file of Yealink T53 00:15:65:00:06:02
include:config "y000000000095.cfg"
include:config "001565000602.cfg"
overwrite_mode = 1
