// The staff web app (web/MatTran.Web, Blazor WebAssembly) on Static Web Apps, with the Functions app as its linked
// backend: the app's /api/* calls reach the Functions app through Static Web Apps, which signs staff in with Entra ID
// and forwards the principal (X-MS-CLIENT-PRINCIPAL) the API's access policy reads. Roles and routes:
// web/MatTran.Web/wwwroot/staticwebapp.config.json. Linked backends need the Standard plan.
param name string
param location string
param tags object

@description('Resource id of the Functions app serving /api/*.')
param functionAppId string

@description('Region of the Functions app (a linked backend names it).')
param functionAppLocation string

resource site 'Microsoft.Web/staticSites@2023-12-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'web' })
  sku: { name: 'Standard', tier: 'Standard' }
  properties: {
    // azd deploys the published files; no repository build.
    provider: 'None'
    stagingEnvironmentPolicy: 'Enabled'
  }
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2023-12-01' = {
  parent: site
  name: 'functions'
  properties: {
    backendResourceId: functionAppId
    region: functionAppLocation
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostname}'
