// The Functions app: .NET 10 isolated worker on Flex Consumption, running as the user-assigned identity. Every
// connection is identity-based (storage, Application Insights, Key Vault references, ACS SMTP); no key or password is a
// setting.
param name string
param location string
param tags object

param identityId string
param identityClientId string
param storageAccountName string
param storageBlobEndpoint string
param deploymentContainerName string
param appInsightsConnectionString string
param keyVaultName string

@description('Where the emailed unit links point: the Static Web App serving the unit page (main.bicep).')
param publicBaseUrl string

@description('The ACS sender address (DoNotReply@ the managed domain).')
param emailFromAddress string
param emailFromDisplayName string

@description('ACS SMTP endpoint and the SMTP username linked to the app identity (modules/email.bicep).')
param smtpHost string
param smtpUserName string

@description('Finished orchestration history older than this many days is purged every night.')
param historyRetentionDays int

@description('Most instances Flex Consumption scales the app out to.')
param maximumInstanceCount int = 40

// Secret names in Key Vault; the postprovision hook creates both link keys, hooks/rotate-link-key.sh rotates them
// (the current key signs, the previous one still verifies the links emailed before the rotation).
var unitLinkSigningKeySecret = 'unit-link-signing-key'
var unitLinkPreviousSigningKeySecret = 'unit-link-signing-key-previous'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
      scaleAndConcurrency: { maximumInstanceCount: maximumInstanceCount, instanceMemoryMB: 2048 }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // Flex Consumption sets the runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME and
      // FUNCTIONS_EXTENSION_VERSION are not allowed here. Every other name below is read by the app
      // (tests/MatTran.Functions.Tests/Configuration checks both directions).
      appSettings: [
        // Host storage and the Durable task hub (host.json: storageProvider.connectionName = AzureWebJobsStorage);
        // the app's own Table and Blob clients use the same account and identity (StorageAccount.FromConfiguration).
        { name: 'AzureWebJobsStorage__accountName', value: storageAccountName }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
        // Versionless references: the app picks up a rotated key on restart (or within a day, Key Vault reference refresh).
        { name: 'UnitLinks__SigningKey', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${unitLinkSigningKeySecret})' }
        { name: 'UnitLinks__PreviousSigningKey', value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${unitLinkPreviousSigningKeySecret})' }
        { name: 'UnitLinks__PublicBaseUrl', value: publicBaseUrl }
        { name: 'Email__FromAddress', value: emailFromAddress }
        { name: 'Email__FromDisplayName', value: emailFromDisplayName }
        // ACS Email over SMTP with Entra ID: STARTTLS on 587, XOAUTH2 with a token of the identity below. No password.
        { name: 'Email__Smtp__Host', value: smtpHost }
        { name: 'Email__Smtp__Port', value: '587' }
        { name: 'Email__Smtp__EnableSsl', value: 'true' }
        { name: 'Email__Smtp__Authentication', value: 'EntraId' }
        { name: 'Email__Smtp__UserName', value: smtpUserName }
        { name: 'Email__Smtp__ClientId', value: identityClientId }
        { name: 'HistoryPurge__RetentionDays', value: string(historyRetentionDays) }
      ]
    }
  }
}

output name string = site.name
output id string = site.id
output url string = 'https://${site.properties.defaultHostName}'
output unitLinkSigningKeySecretName string = unitLinkSigningKeySecret
output unitLinkPreviousSigningKeySecretName string = unitLinkPreviousSigningKeySecret
