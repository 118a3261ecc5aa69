#!/bin/sh
# Rotates the unit-link signing key (docs/operations.md, "Rotate the link key"): the current key becomes the previous
# one, which still verifies the links already emailed until they expire, and a new random key signs from now on. Then
# the app is restarted so both Key Vault references resolve to the new values at once.
# Usage (from infra/, after azd has provisioned): sh hooks/rotate-link-key.sh
# Needs: az logged in with Key Vault Secrets Officer on the vault (the deployer has it) and the azd environment values.
set -eu

eval "$(azd env get-values)"
vault="${AZURE_KEY_VAULT_NAME:?AZURE_KEY_VAULT_NAME missing: run azd provision first}"
app="${AZURE_FUNCTION_APP_NAME:?AZURE_FUNCTION_APP_NAME missing: run azd provision first}"
group="${AZURE_RESOURCE_GROUP:?AZURE_RESOURCE_GROUP missing from the azd environment}"
current="${UNIT_LINK_SIGNING_KEY_SECRET_NAME:?}"
previous="${UNIT_LINK_PREVIOUS_SIGNING_KEY_SECRET_NAME:?}"

# 1. The key that signed every link out there now only verifies them.
az keyvault secret set --vault-name "$vault" --name "$previous" \
  --value "$(az keyvault secret show --vault-name "$vault" --name "$current" --query value --output tsv)" --output none
# 2. A new key signs from now on.
az keyvault secret set --vault-name "$vault" --name "$current" --value "$(head -c 32 /dev/urandom | base64)" --output none
# 3. Restart, so the app reads both references again (otherwise within 24 hours).
az functionapp restart --name "$app" --resource-group "$group"
echo "Rotated $current in $vault; the old key is now $previous. Links signed before the one-but-last rotation no longer open."
