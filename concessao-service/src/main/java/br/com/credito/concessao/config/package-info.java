/**
 * Configuration (one properties record) and the wiring component scanning cannot do: downstream clients, the fan-out
 * executor, what takes a setting (key retention, the decision deadline), flags and queues. Use cases and the other
 * adapters carry their stereotype and meet through port types.
 */
package br.com.credito.concessao.config;
