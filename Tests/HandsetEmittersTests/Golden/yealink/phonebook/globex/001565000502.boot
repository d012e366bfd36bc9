#!version:1.0.0.1
# Handset: boot file of Yealink T42U 00:15:65:00:05:02
include:config "y000000000116.cfg"
include:config "001565000502.cfg"
overwrite_mode = 1
