#!/bin/sh
# Creates the unit-link signing key in Key Vault the first time (32 random bytes, base64), on the operator's machine,
# so no template, parameter file or deployment history ever holds it. An existing key is left alone: replacing it
# would invalidate every link already emailed. azd passes main.bicep's outputs as environment variables.
set -eu

vault="${AZURE_KEY_VAULT_NAME:?run through azd: AZURE_KEY_VAULT_NAME is an output of main.bicep}"
secret="${UNIT_LINK_SIGNING_KEY_SECRET_NAME:?run through azd: UNIT_LINK_SIGNING_KEY_SECRET_NAME is an output of main.bicep}"

if az keyvault secret show --vault-name "$vault" --name "$secret" --query id --output none 2>/dev/null; then
  echo "Key Vault $vault already has $secret; keeping it."
else
  key="$(head -c 32 /dev/urandom | base64)"
  az keyvault secret set --vault-name "$vault" --name "$secret" --value "$key" --output none
  echo "Created $secret in Key Vault $vault."
fi

echo "Set the SMTP password once: az keyvault secret set --vault-name $vault --name smtp-password --value '<password>'"
