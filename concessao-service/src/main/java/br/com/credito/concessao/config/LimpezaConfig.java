package br.com.credito.concessao.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled housekeeping: expired Idempotency-Keys are deleted (ChavesDeIdempotenciaJdbcAdapter). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LimpezaConfig {}
