#!version:1.0.0.1
# Handset: boot file of Yealink T53W 00:15:65:00:04:03
include:config "y000000000095.cfg"
include:config "001565000403.cfg"
overwrite_mode = 1
