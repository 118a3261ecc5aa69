// MatTran on Azure: the Functions app (isolated worker, Flex Consumption) with Durable Functions on Azure Storage, one
// storage account for the task hub, read model and documents, Application Insights, Key Vault for the link keys, Azure
// Communication Services Email for the mail, and one user-assigned identity that holds every data-plane role. No key, password or connection string is in this template.
targetScope = 'resourceGroup'

@description('Short environment name, e.g. "prod" or "staging"; used in resource names.')
@minLength(1)
@maxLength(16)
param environmentName string

@description('Azure region.')
param location string = resourceGroup().location

@description('Where the links emailed to inspected units point; empty: the Static Web App\'s address, which serves the unit page.')
param publicBaseUrl string = ''

@description('Application (client) id of the Entra ID app registration staff sign in with (docs/operations.md); empty until registered.')
param entraClientId string = ''

@description('Sender name shown to recipients.')
param emailFromDisplayName string = 'Ban Thường trực Ủy ban MTTQ'

@description('Where Azure Communication Services keeps email data at rest.')
param emailDataLocation string = 'Asia Pacific'

@description('Days a finished orchestration\'s history is kept before the nightly purge removes it.')
@minValue(1)
param historyRetentionDays int = 90

@description('Principal id of the person or pipeline running azd (azd sets AZURE_PRINCIPAL_ID); gets Key Vault Secrets Officer.')
param deployerPrincipalId string = ''

var suffix = uniqueString(resourceGroup().id, environmentName)
var tags = { 'azd-env-name': environmentName, app: 'mattran' }
var deploymentContainerName = 'app-package'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'mattran-${environmentName}-id'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('mattran${suffix}', 24)
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: 'mattran-${environmentName}-${suffix}'
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('mattran-${suffix}', 24)
    location: location
    tags: tags
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: deployerPrincipalId
  }
}

module email 'modules/email.bicep' = {
  name: 'email'
  params: {
    name: 'mattran-${environmentName}-${suffix}'
    tags: tags
    dataLocation: emailDataLocation
    appPrincipalId: identity.outputs.principalId
    appClientId: identity.outputs.clientId
  }
}

// First: its address is where the emailed unit links point (the unit page is part of the web app).
module webApp 'modules/staticwebapp.bicep' = {
  name: 'staticwebapp'
  params: {
    name: 'mattran-web-${environmentName}-${suffix}'
    // Static Web Apps runs in a few regions only; its content is served globally either way.
    location: 'eastasia'
    tags: tags
    entraClientId: entraClientId
    keyVaultName: keyVault.outputs.name
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'mattran-${environmentName}-${suffix}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultName: keyVault.outputs.name
    publicBaseUrl: empty(publicBaseUrl) ? webApp.outputs.url : publicBaseUrl
    emailFromAddress: email.outputs.senderAddress
    emailFromDisplayName: emailFromDisplayName
    smtpHost: email.outputs.smtpHost
    smtpUserName: email.outputs.smtpUsername
    historyRetentionDays: historyRetentionDays
  }
}

module webBackend 'modules/staticwebapp-backend.bicep' = {
  name: 'staticwebapp-backend'
  params: {
    staticSiteName: webApp.outputs.name
    functionAppId: functionApp.outputs.id
    functionAppLocation: location
  }
}

output AZURE_WEB_APP_URL string = webApp.outputs.url
// The web service's postpackage hook writes it into staticwebapp.config.json's Entra ID issuer.
output AZURE_TENANT_ID string = webApp.outputs.tenantId
output ENTRA_CLIENT_SECRET_NAME string = webApp.outputs.clientSecretName
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output MATTRAN_EMAIL_SENDER string = email.outputs.senderAddress
output UNIT_LINK_SIGNING_KEY_SECRET_NAME string = functionApp.outputs.unitLinkSigningKeySecretName
output UNIT_LINK_PREVIOUS_SIGNING_KEY_SECRET_NAME string = functionApp.outputs.unitLinkPreviousSigningKeySecretName
output AZURE_RESOURCE_GROUP string = resourceGroup().name
