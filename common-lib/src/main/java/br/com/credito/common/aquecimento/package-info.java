/**
 * Warm-up before readiness: a new instance runs its hot paths with synthetic data (JSON both ways, JWT checking, the
 * policy, outbound pools, JDBC and Redis) before it reports ready, so its first real requests do not pay for class
 * loading, JIT compilation and first connections. Each service contributes {@link
 * br.com.credito.common.aquecimento.ExercicioDeAquecimento} beans; exercises leave no business data, events or
 * provider calls behind. Also holds the start-up grace of the circuit breakers. Owns no data.
 */
package br.com.credito.common.aquecimento;
