// One storage account for everything the app keeps: the read model (Tables), documents and the mail archive (Blobs),
// the Durable Functions task hub (Queues, Tables, Blobs) and the Flex Consumption deployment package (a container).
// Shared keys are disabled: the app reaches it only with its managed identity and the data-plane roles below.
param name string
param location string
param tags object

@description('Principal id of the app identity that gets the data-plane roles.')
param appPrincipalId string

@description('Blob container Flex Consumption deploys the app package to.')
param deploymentContainerName string

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: { enabled: true, days: 30 }
    containerDeleteRetentionPolicy: { enabled: true, days: 30 }
    isVersioningEnabled: true
    // Point-in-time restore of block blobs (documents, mail archive) up to 29 days back; it needs the change feed and
    // versioning, and must stay shorter than the soft-delete retention (docs/operations.md, "Back up and restore").
    changeFeed: { enabled: true, retentionInDays: 35 }
    restorePolicy: { enabled: true, days: 29 }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
}

// Durable Functions on Azure Storage with an identity-based connection needs exactly these three built-in roles:
// Storage Blob Data Owner (task hub leases and large payloads; also our documents, mail and the deployment package),
// Storage Queue Data Contributor (control and work-item queues), Storage Table Data Contributor (history, instances,
// and our read model).
var dataPlaneRoles = {
  blobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource roles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in items(dataPlaneRoles): {
  name: guid(account.id, appPrincipalId, role.value)
  scope: account
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
  }
}]

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
