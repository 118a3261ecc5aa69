// Azure Communication Services Email for the app's mail in Azure: an Email Communication Service with an Azure-managed
// domain (<guid>.azurecomm.net, verified by Azure, nothing to set in DNS), a Communication Service linked to it, and an
// SMTP username that maps the app's managed identity to that Communication Service. The app sends through
// smtp.azurecomm.net:587 (STARTTLS) signing in with XOAUTH2 and a token of its identity: no password or connection
// string exists. A custom domain can replace the managed one later (add it here and link it instead).
param name string
param tags object

@description('Where ACS keeps the email data at rest.')
param dataLocation string

@description('Principal id of the app identity that sends.')
param appPrincipalId string

@description('Client id (application id) of the same identity: what the SMTP username is linked to.')
param appClientId string

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: '${name}-email'
  location: 'global'
  tags: tags
  properties: { dataLocation: dataLocation }
}

resource domain 'Microsoft.Communication/emailServices/domains@2023-04-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    // No tracking pixels or rewritten links in official correspondence.
    userEngagementTracking: 'Disabled'
  }
}

resource communication 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: '${name}-acs'
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [domain.id]
  }
}

// Communication and Email Service Owner: what ACS requires of an identity that sends over SMTP.
var emailSenderRole = '09976791-48a7-449e-bb21-39d1a415f350'

resource sender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(communication.id, appPrincipalId, emailSenderRole)
  scope: communication
  properties: {
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', emailSenderRole)
  }
}

var smtpUsername = '${name}-smtp'

resource smtpUser 'Microsoft.Communication/communicationServices/smtpUsernames@2025-05-01-preview' = {
  parent: communication
  name: smtpUsername
  properties: {
    entraApplicationId: appClientId
    tenantId: subscription().tenantId
    username: smtpUsername
  }
}

// Every Azure-managed domain has the DoNotReply sender; the app's mail says so in its footer.
output senderAddress string = 'DoNotReply@${domain.properties.mailFromSenderDomain}'
output smtpHost string = 'smtp.azurecomm.net'
output smtpUsername string = smtpUser.properties.username
output communicationServiceName string = communication.name
