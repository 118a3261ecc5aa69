#!/bin/sh
# Writes the Entra ID tenant into the published web app's staticwebapp.config.json. Static Web Apps reads the client
# id and secret from app settings (clientIdSettingName, clientSecretSettingName: set by modules/staticwebapp.bicep),
# but the documented openIdIssuer is a literal URL with the tenant in it, so the source file carries the hole
# {AZURE_TENANT_ID} and this postpackage hook of azd's web service fills it before the files are deployed.
# azd passes main.bicep's outputs (AZURE_TENANT_ID among them) as environment variables.
# Usage: web-entra-tenant.sh [path to the published staticwebapp.config.json]
set -eu

tenant="${AZURE_TENANT_ID:?run through azd: AZURE_TENANT_ID is an output of main.bicep}"
config="${1:-$(dirname "$0")/../../web/MatTran.Web/bin/Release/net10.0/publish/wwwroot/staticwebapp.config.json}"

# A tenant id is a GUID; anything else would make an issuer Static Web Apps cannot discover.
if ! printf '%s' "$tenant" | grep -Eq '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'; then
  echo "AZURE_TENANT_ID is not a tenant id (GUID): $tenant" >&2
  exit 1
fi

if ! grep -q '{AZURE_TENANT_ID}' "$config"; then
  echo "$config has no {AZURE_TENANT_ID} to fill (not the published file, or already filled)." >&2
  exit 1
fi

sed -i "s/{AZURE_TENANT_ID}/$tenant/g" "$config"
echo "Entra ID tenant $tenant written into $config."
