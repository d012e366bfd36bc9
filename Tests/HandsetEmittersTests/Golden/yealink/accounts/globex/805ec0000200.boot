#!version:1.0.0.1
# Handset: boot file of Yealink T41S 80:5e:c0:00:02:00
include:config "y000000000068.cfg"
include:config "805ec0000200.cfg"
overwrite_mode = 1
