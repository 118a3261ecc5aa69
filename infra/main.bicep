// MatTran on Azure: one storage account (tables, blobs, queues), a Linux Functions app running the custom handler,
// Application Insights, and role assignments so the app reaches storage with its managed identity (no keys in settings).
targetScope = 'resourceGroup'

@description('Short environment name, e.g. "prod" or "staging"; used in resource names.')
param environmentName string

@description('Azure region.')
param location string = resourceGroup().location

@description('Durable task hub name (tables/queues/containers are prefixed with it).')
param taskHubName string = 'MatTran'

var suffix = uniqueString(resourceGroup().id, environmentName)
var tags = { 'azd-env-name': environmentName, app: 'mattran' }

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'mattran${suffix}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: 'mattran-${environmentName}-${suffix}'
    location: location
    tags: tags
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: 'mattran-${environmentName}-${suffix}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    appInsightsConnectionString: monitoring.outputs.connectionString
    taskHubName: taskHubName
  }
}

output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
