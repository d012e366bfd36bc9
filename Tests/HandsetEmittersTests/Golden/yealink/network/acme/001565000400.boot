#!version:1.0.0.1
# Handset: boot file of Yealink T43U 00:15:65:00:04:00
include:config "y000000000107.cfg"
include:config "001565000400.cfg"
overwrite_mode = 1
