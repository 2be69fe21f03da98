-- wrk (4.x, LuaJIT: Debian's `wrk` package) script for drills/cpu-por-decisao.sh: a closed loop of concessões for a
-- random mix of returning clients. Every request is POST CAMINHO with the bearer TOKEN for one of CLIENTES ids from
-- PRIMEIRO_ID on (the bureau simulator answers 9##### with a deterministic score; returning clients hit the caches).
-- With METODO=GET it is a read instead: GET CAMINHO with the client id in place of its %d, no body (one service's
-- own request path, e.g. /v1/score/%d).
-- PAUSA_MS paces each connection: it waits that long after each answer before its next request, so the load stays
-- below saturation at about connections / (PAUSA_MS + latency) requests per second.
-- Needs, from the environment: TOKEN, RESUMO (file the totals are written to); optional CAMINHO, METODO, CLIENTES,
-- PRIMEIRO_ID, TIPO_CARTAO, PAUSA_MS. Writes one line to RESUMO:
--   requests duration_us non2xx em_analise p50_us p99_us socket_errors
-- (socket_errors: connect + read + write + timeout). Non-2xx and EM_ANALISE (a degraded decision costs less CPU than
-- a real one, so the drill must see them) are counted per thread and summed in done().

local function exigir(nome)
  local valor = os.getenv(nome)
  if valor == nil or valor == "" then
    error("concessao-recorrente.lua: falta a variavel de ambiente " .. nome)
  end
  return valor
end

local threads = {}
local proximo = 0

function setup(thread)
  proximo = proximo + 1
  thread:set("numero", proximo)
  table.insert(threads, thread)
end

local pedidos = {}

function init(args)
  local token = exigir("TOKEN")
  exigir("RESUMO")
  local caminho = os.getenv("CAMINHO") or "/v1/cartao/concessao"
  local clientes = tonumber(os.getenv("CLIENTES") or "500")
  local primeiro = tonumber(os.getenv("PRIMEIRO_ID") or "900000")
  local tipo = os.getenv("TIPO_CARTAO") or "GOLD"
  local leitura = os.getenv("METODO") == "GET"
  local cabecalhos = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }
  -- built once: request() only picks one (wrk's advice for a cheap generator)
  for i = 0, clientes - 1 do
    if leitura then
      pedidos[i + 1] = wrk.format("GET", string.format(caminho, primeiro + i), cabecalhos)
    else
      pedidos[i + 1] = wrk.format("POST", caminho, cabecalhos,
        string.format('{"idCliente":"%d","tipoCartao":"%s"}', primeiro + i, tipo))
    end
  end
  math.randomseed(os.time() * 100 + (numero or 0))
  nao2xx = 0
  em_analise = 0
end

-- Defined only with a pause: wrk sends every request through a timer once a script has delay(), even one of 0 ms.
local pausa = tonumber(os.getenv("PAUSA_MS") or "0")
if pausa > 0 then
  function delay()
    return pausa
  end
end

function request()
  return pedidos[math.random(#pedidos)]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    nao2xx = nao2xx + 1
  elseif body and string.find(body, '"EM_ANALISE"', 1, true) then
    em_analise = em_analise + 1
  end
end

function done(summary, latency, requests)
  local n2, ea = 0, 0
  for _, thread in ipairs(threads) do
    n2 = n2 + thread:get("nao2xx")
    ea = ea + thread:get("em_analise")
  end
  local e = summary.errors
  local arquivo = assert(io.open(os.getenv("RESUMO"), "w"))
  arquivo:write(string.format("%d %d %d %d %d %d %d\n", summary.requests, summary.duration, n2, ea,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.timeout))
  arquivo:close()
end
