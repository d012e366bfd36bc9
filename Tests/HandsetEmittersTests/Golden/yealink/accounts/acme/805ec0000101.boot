#!version:1.0.0.1
# Handset: boot file of Yealink T54W 80:5e:c0:00:01:01
include:config "y000000000096.cfg"
include:config "805ec0000101.cfg"
overwrite_mode = 1
