#!/bin/sh
# Creates the unit-link signing keys in Key Vault the first time (32 random bytes, base64 each), on the operator's
# machine, so no template, parameter file or deployment history ever holds them. Existing keys are left alone:
# replacing the current one would invalidate every link already emailed (rotate with hooks/rotate-link-key.sh).
# The previous-key secret must exist too, or its Key Vault reference would not resolve and the app would refuse to
# start; before the first rotation it holds a second random key that signs nothing.
# azd passes main.bicep's outputs as environment variables.
set -eu

vault="${AZURE_KEY_VAULT_NAME:?run through azd: AZURE_KEY_VAULT_NAME is an output of main.bicep}"
current="${UNIT_LINK_SIGNING_KEY_SECRET_NAME:?run through azd: UNIT_LINK_SIGNING_KEY_SECRET_NAME is an output of main.bicep}"
previous="${UNIT_LINK_PREVIOUS_SIGNING_KEY_SECRET_NAME:?run through azd: UNIT_LINK_PREVIOUS_SIGNING_KEY_SECRET_NAME is an output of main.bicep}"

for secret in "$current" "$previous"; do
  if az keyvault secret show --vault-name "$vault" --name "$secret" --query id --output none 2>/dev/null; then
    echo "Key Vault $vault already has $secret; keeping it."
  else
    az keyvault secret set --vault-name "$vault" --name "$secret" --value "$(head -c 32 /dev/urandom | base64)" --output none
    echo "Created $secret in Key Vault $vault."
  fi
done
