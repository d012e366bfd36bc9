#!version:1.0.0.1
# Handset: every provisioned phone has its own <mac>.boot; a phone that reads this file is not in
# the fleet, so no configuration file is listed for it.
