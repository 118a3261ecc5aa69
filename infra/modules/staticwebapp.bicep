// The staff web app and the unit page (web/MatTran.Web: Blazor WebAssembly plus the static wwwroot/units/ page) on
// Static Web Apps. Its address is where emailed unit links point (main.bicep hands it to the Functions app), and the
// Functions app becomes its linked backend afterwards (staticwebapp-backend.bicep): the app's /api/* calls reach the
// Functions app through Static Web Apps, which signs staff in with Entra ID and forwards the principal
// (X-MS-CLIENT-PRINCIPAL) the API's access policy reads. Routes and roles: web/MatTran.Web/wwwroot/staticwebapp.config.json.
// Custom (Entra ID) authentication and linked backends need the Standard plan.
param name string
param location string
param tags object

@description('Application (client) id of the Entra ID app registration staff sign in with; empty until it is registered (docs/operations.md).')
param entraClientId string

@description('Key Vault holding the registration\'s client secret as entra-client-secret (set by the operator, never by a template).')
param keyVaultName string

var clientSecretName = 'entra-client-secret'
var secretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: { name: 'Standard', tier: 'Standard' }
  // The identity reads the client secret's Key Vault reference below.
  identity: { type: 'SystemAssigned' }
  properties: {
    // azd deploys the published files; no repository build.
    provider: 'None'
    stagingEnvironmentPolicy: 'Enabled'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource secretReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, secretsUserRole)
  scope: vault
  properties: {
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRole)
  }
}

// The names staticwebapp.config.json's auth.identityProviders.azureActiveDirectory.registration points at
// (clientIdSettingName, clientSecretSettingName). The tenant is part of its openIdIssuer, which the documented format
// takes only as a literal: azd's postpackage hook for the web service writes AZURE_TENANT_ID (an output below) into
// the published file (hooks/web-entra-tenant.sh).
resource settings 'Microsoft.Web/staticSites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    AAD_CLIENT_ID: entraClientId
    AAD_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${clientSecretName}/)'
  }
  dependsOn: [secretReader]
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostname}'
output tenantId string = tenant().tenantId
output clientSecretName string = clientSecretName
