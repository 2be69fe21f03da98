/** Configuration (one properties record) and the wiring of use cases, adapters, executors, flags and queues. */
package br.com.credito.concessao.config;
