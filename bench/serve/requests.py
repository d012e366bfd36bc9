"""Writes a wrk Lua script that cycles over every device's own .cfg with its tenant's credentials and a
Yealink User-Agent carrying that device's MAC, from a build's manifest."""
import base64, json, sys

out = sys.argv[1]
manifest = json.load(open(f"{out}/current/manifest.json"))
requests = []
for f in manifest["files"]:
    if f.get("mac") and f["path"].endswith(".cfg"):
        tenant, mac = f["tenant"], f["mac"]
        auth = base64.b64encode(f"{tenant}:bench-only-password".encode()).decode()
        colons = ":".join(mac[i:i + 2] for i in range(0, 12, 2))
        requests.append((f"/{f['path']}", auth, f"Yealink SIP-T54W 96.86.0.100 {colons}"))
print("local requests = {")
for path, auth, ua in requests:
    print(f'  {{"{path}", "Basic {auth}", "{ua}"}},')
print("}")
print("""local i = 0
request = function()
  i = i % #requests + 1
  local r = requests[i]
  return wrk.format("GET", r[1], {["Authorization"] = r[2], ["User-Agent"] = r[3]})
end""")
