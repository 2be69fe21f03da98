/**
 * Local OAuth2 authorization server: the stand-in for Cognito when the platform runs on a laptop. It issues
 * client-credentials tokens shaped like Cognito's (RS256, {@code iss}, {@code aud=credito-api}, space-separated
 * {@code scope}) to the clients in its configuration. Owns no data: clients come from configuration and the signing
 * key is generated at each start. Nothing of it is deployed in the {@code aws} profile.
 */
package br.com.credito.auth;
