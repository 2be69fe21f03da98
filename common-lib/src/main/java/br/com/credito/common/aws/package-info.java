/**
 * What the {@code aws} profile adds to a service: feature flags read from AWS AppConfig through the AppConfig Agent
 * sidecar. CloudWatch metrics (Spring Cloud AWS), OTLP traces to the ADOT collector and Sentry are configured in
 * {@code credito-aws.yml}, which each service's {@code application-aws.yml} imports. Nothing here activates in the
 * local default profile: every bean is conditional on a property only the ECS task definition sets.
 */
package br.com.credito.common.aws;
