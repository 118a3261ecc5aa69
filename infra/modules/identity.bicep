// The app's one identity: a user-assigned managed identity, so role assignments exist before the app first starts
// (a system-assigned identity only exists once the site does, and the Flex deployment container needs it at creation).
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
