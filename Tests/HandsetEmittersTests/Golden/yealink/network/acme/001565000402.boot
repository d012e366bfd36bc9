#!version:1.0.0.1
# Handset: boot file of Yealink T48U 00:15:65:00:04:02
include:config "y000000000109.cfg"
include:config "001565000402.cfg"
overwrite_mode = 1
