// The Functions app as the Static Web App's linked backend: a separate step, because the Functions app is created
// after the Static Web App (it needs the web app's address for the emailed unit links).
param staticSiteName string

@description('Resource id of the Functions app serving /api/*.')
param functionAppId string

@description('Region of the Functions app (a linked backend names it).')
param functionAppLocation string

resource site 'Microsoft.Web/staticSites@2023-12-01' existing = {
  name: staticSiteName
}

resource backend 'Microsoft.Web/staticSites/linkedBackends@2023-12-01' = {
  parent: site
  name: 'functions'
  properties: {
    backendResourceId: functionAppId
    region: functionAppLocation
  }
}
