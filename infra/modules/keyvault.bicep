// Key Vault for the app's secrets (RBAC, no access policies): the unit-link signing keys, current and previous. Bicep
// creates no secret values (they would stay in the deployment history): the postprovision hook generates both on the
// operator's machine and hooks/rotate-link-key.sh rotates them. The app reads them through Key Vault references resolved
// with its identity, which has Key Vault Secrets User here.
param name string
param location string
param tags object

@description('Principal id of the app identity that reads the secrets.')
param appPrincipalId string

@description('Principal id of the person or pipeline running azd, who creates the secrets; empty: nobody.')
param deployerPrincipalId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

// Key Vault Secrets User: read secret values, nothing else.
var secretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, secretsUserRole)
  scope: vault
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRole)
  }
}

// Key Vault Secrets Officer for whoever deploys, so the hooks can create and rotate the signing keys.
var secretsOfficerRole = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource officer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(vault.id, deployerPrincipalId, secretsOfficerRole)
  scope: vault
  properties: {
    principalId: deployerPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficerRole)
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
