<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AbiCall</name>
    <message numerus="yes">
        <source>the answer has %n byte(s); %1 output(s) need %2</source>
        <translation>
            <numerusform>a resposta tem %n byte; %1 saída(s) precisam de %2</numerusform>
            <numerusform>a resposta tem %n bytes; %1 saída(s) precisam de %2</numerusform>
        </translation>
    </message>
    <message>
        <source>output %1 is not a valid %2</source>
        <translation>a saída %1 não é um %2 válido</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sentinela</source>
        <translation>Sobre o Sentinela</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sentinela&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sentinela&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Network-operations dashboard for permissioned Hyperledger Besu networks (QBFT and IBFT 2.0), built for the federated monitoring of the Rede Blockchain Brasil.</source>
        <translation>Painel de operações de rede para redes Hyperledger Besu permissionadas (QBFT e IBFT 2.0), criado para o monitoramento federado da Rede Blockchain Brasil.</translation>
    </message>
    <message>
        <source>Libraries in this build:</source>
        <translation>Bibliotecas nesta compilação:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado com %2)</translation>
    </message>
</context>
<context>
    <name>AccountDirectory</name>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>permissioning contract</source>
        <translation>contrato de permissionamento</translation>
    </message>
    <message>
        <source>asking the contract</source>
        <translation>consultando o contrato</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>ainda não consultada</translation>
    </message>
    <message>
        <source>not in the profile; no permissioning contract configured</source>
        <translation>fora do perfil; nenhum contrato de permissionamento configurado</translation>
    </message>
    <message>
        <source>the contract answered %1</source>
        <translation>o contrato respondeu %1</translation>
    </message>
    <message>
        <source>the contract does not know the account (%1)</source>
        <translation>o contrato não conhece a conta (%1)</translation>
    </message>
    <message>
        <source>the contract could not be asked: %1</source>
        <translation>não foi possível consultar o contrato: %1</translation>
    </message>
    <message>
        <source>the contract lists the account as inactive</source>
        <translation>o contrato lista a conta como inativa</translation>
    </message>
    <message>
        <source>the contract answered %1, which names no institution of the profile</source>
        <translation>o contrato respondeu %1, que não corresponde a nenhuma instituição do perfil</translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>expected an account address (0x and 40 hex digits), found &quot;%1&quot;</source>
        <translation>esperava um endereço de conta (0x e 40 dígitos hexadecimais), encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>account %1 is listed twice</source>
        <translation>a conta %1 aparece duas vezes</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON inválido: %1</translation>
    </message>
    <message>
        <source>expected a list of accounts or an object with an &quot;accounts&quot; list</source>
        <translation>esperava uma lista de contas ou um objeto com uma lista &quot;accounts&quot;</translation>
    </message>
    <message>
        <source>expected an address text or an object with an &quot;address&quot; text</source>
        <translation>esperava um endereço em texto ou um objeto com o texto &quot;address&quot;</translation>
    </message>
    <message>
        <source>no address column on this line</source>
        <translation>nenhuma coluna de endereço nesta linha</translation>
    </message>
    <message>
        <source>cannot read the account list: %1</source>
        <translation>não foi possível ler a lista de contas: %1</translation>
    </message>
    <message>
        <source>the account list is larger than %1 MB</source>
        <translation>a lista de contas tem mais de %1 MB</translation>
    </message>
</context>
<context>
    <name>AlertmanagerClient</name>
    <message>
        <source>Unexpected reply from %1: %2</source>
        <translation>Resposta inesperada de %1: %2</translation>
    </message>
    <message>
        <source>no silenceID</source>
        <translation>sem silenceID</translation>
    </message>
    <message>
        <source>alerts are not a list</source>
        <translation>os alertas não são uma lista</translation>
    </message>
    <message>
        <source>an alert is not an object</source>
        <translation>um alerta não é um objeto</translation>
    </message>
    <message>
        <source>silences are not a list</source>
        <translation>os silenciamentos não são uma lista</translation>
    </message>
    <message>
        <source>a silence is not an object</source>
        <translation>um silenciamento não é um objeto</translation>
    </message>
    <message>
        <source>No HTTP fetcher for %1</source>
        <translation>Nenhum cliente HTTP para %1</translation>
    </message>
</context>
<context>
    <name>BesuParsers</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>campo &quot;%1&quot; ausente</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>campo &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not an integer</source>
        <translation>campo &quot;%1&quot; não é um número inteiro</translation>
    </message>
    <message>
        <source>expected a hex quantity string, got %1</source>
        <translation>esperada uma string de quantidade hexadecimal, recebido %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>esperada uma string, recebido %1</translation>
    </message>
    <message>
        <source>expected hex data, got %1</source>
        <translation>esperados dados hexadecimais, recebido %1</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>esperado true ou false, recebido %1</translation>
    </message>
    <message>
        <source>not an enode URL: %1</source>
        <translation>não é uma URL enode: %1</translation>
    </message>
    <message>
        <source>eth_syncing returned true instead of a sync object</source>
        <translation>eth_syncing retornou true em vez de um objeto de sincronização</translation>
    </message>
    <message>
        <source>expected false or a sync object, got %1</source>
        <translation>esperado false ou um objeto de sincronização, recebido %1</translation>
    </message>
    <message>
        <source>expected a list of peers, got %1</source>
        <translation>esperada uma lista de pares, recebido %1</translation>
    </message>
    <message>
        <source>peer %1 is not an object</source>
        <translation>o par %1 não é um objeto</translation>
    </message>
    <message>
        <source>peer %1 has neither id nor enode</source>
        <translation>o par %1 não tem id nem enode</translation>
    </message>
    <message>
        <source>expected a node info object, got %1</source>
        <translation>esperado um objeto de informações do nó, recebido %1</translation>
    </message>
    <message>
        <source>field &quot;enode&quot; is missing</source>
        <translation>campo &quot;enode&quot; ausente</translation>
    </message>
    <message>
        <source>expected a list of addresses, got %1</source>
        <translation>esperada uma lista de endereços, recebido %1</translation>
    </message>
    <message>
        <source>not an address: %1</source>
        <translation>não é um endereço: %1</translation>
    </message>
    <message>
        <source>expected a list of enode URLs, got %1</source>
        <translation>esperada uma lista de URLs enode, recebido %1</translation>
    </message>
    <message>
        <source>expected a list of signer metrics, got %1</source>
        <translation>esperada uma lista de métricas de assinantes, recebido %1</translation>
    </message>
    <message>
        <source>signer metric %1 is not an object</source>
        <translation>a métrica de assinante %1 não é um objeto</translation>
    </message>
    <message>
        <source>signer metric %1: bad address</source>
        <translation>métrica de assinante %1: endereço inválido</translation>
    </message>
    <message>
        <source>signer metric %1: %2</source>
        <translation>métrica de assinante %1: %2</translation>
    </message>
    <message>
        <source>expected an object of votes, got %1</source>
        <translation>esperado um objeto de votos, recebido %1</translation>
    </message>
    <message>
        <source>bad vote entry for %1</source>
        <translation>entrada de voto inválida para %1</translation>
    </message>
    <message>
        <source>expected a statistics object, got %1</source>
        <translation>esperado um objeto de estatísticas, recebido %1</translation>
    </message>
    <message>
        <source>the node does not know this block (result null)</source>
        <translation>o nó não conhece este bloco (result null)</translation>
    </message>
    <message>
        <source>expected a block object, got %1</source>
        <translation>esperado um objeto de bloco, recebido %1</translation>
    </message>
</context>
<context>
    <name>BlockHeaderText</name>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>expected a hex string</source>
        <translation>esperada uma string hexadecimal</translation>
    </message>
    <message>
        <source>expected %1 bytes, got %2</source>
        <translation>esperados %1 bytes, recebidos %2</translation>
    </message>
    <message>
        <source>quantity exceeds 256 bits</source>
        <translation>quantidade excede 256 bits</translation>
    </message>
    <message>
        <source>block field &quot;%1&quot;: %2</source>
        <translation>campo do bloco &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the block is null (unknown block number or hash?)</source>
        <translation>o bloco é nulo (número ou hash de bloco desconhecido?)</translation>
    </message>
    <message>
        <source>the block is not a JSON object</source>
        <translation>o bloco não é um objeto JSON</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>esperado um array</translation>
    </message>
    <message>
        <source>present without &quot;%1&quot;</source>
        <translation>presente sem &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BlockReport</name>
    <message>
        <source>Block</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Hash recomputed</source>
        <translation>Hash recalculado</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>confere</translation>
    </message>
    <message>
        <source>MISMATCH (computed %1)</source>
        <translation>DIVERGENTE (calculado %1)</translation>
    </message>
    <message>
        <source>Seal hash</source>
        <translation>Hash do selo</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proponente</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>adicionar %1</translation>
    </message>
    <message>
        <source>drop %1</source>
        <translation>remover %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>%1 (from the validator contract)</source>
        <translation>%1 (do contrato de validadores)</translation>
    </message>
    <message>
        <source>Seals</source>
        <translation>Selos</translation>
    </message>
    <message>
        <source>Signers</source>
        <translation>Assinantes</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <source>Signers not in the validator set</source>
        <translation>Assinantes fora do conjunto de validadores</translation>
    </message>
    <message>
        <source>Invalid seals</source>
        <translation>Selos inválidos</translation>
    </message>
    <message>
        <source>Duplicate seals</source>
        <translation>Selos duplicados</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quórum</translation>
    </message>
    <message>
        <source>%1 of %2 needed, margin %3, %4</source>
        <translation>%1 de %2 necessários, margem %3, %4</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atingido</translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation>NÃO ATINGIDO</translation>
    </message>
    <message>
        <source>decode-block: the input is not valid JSON</source>
        <translation>decode-block: a entrada não é um JSON válido</translation>
    </message>
    <message>
        <source>decode-block: the JSON-RPC reply is an error: %1</source>
        <translation>decode-block: a resposta JSON-RPC é um erro: %1</translation>
    </message>
    <message>
        <source>decode-block: the JSON-RPC reply has no &quot;result&quot;</source>
        <translation>decode-block: a resposta JSON-RPC não tem &quot;result&quot;</translation>
    </message>
    <message>
        <source>decode-block: %1</source>
        <translation>decode-block: %1</translation>
    </message>
    <message>
        <source>the header has field(s) this version does not know (%1): its hash and seals cannot be verified</source>
        <translation>o cabeçalho tem campo(s) que esta versão não conhece (%1): o hash e os selos não podem ser verificados</translation>
    </message>
    <message>
        <source>not applicable: the genesis block carries no seals</source>
        <translation>não se aplica: o bloco gênese não tem selos</translation>
    </message>
</context>
<context>
    <name>BlocksPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>? no data</source>
        <translation>? sem dados</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ met&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ cumprido&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;✖ not met&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b71c1c&apos;&gt;✖ não cumprido&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocos</translation>
    </message>
    <message>
        <source>Block intervals against the service levels, the latest blocks with their proposers and seals, and the health of every node.</source>
        <translation>Intervalos entre blocos comparados aos níveis de serviço, os últimos blocos com seus proponentes e selos, e a saúde de cada nó.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>Redefinir zoom</translation>
    </message>
    <message>
        <source>Drag to zoom, wheel to zoom in time, middle button or arrow keys to pan, Home to reset</source>
        <translation>Arraste para dar zoom, use a roda do mouse para zoom no tempo, o botão do meio ou as setas para deslocar, Home para redefinir</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation>Intervalo (s)</translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation>Intervalo entre blocos</translation>
    </message>
    <message>
        <source>Target period</source>
        <translation>Período alvo</translation>
    </message>
    <message>
        <source>SLA 10 s</source>
        <translation>SLA 10 s</translation>
    </message>
    <message>
        <source>SLA 30 s</source>
        <translation>SLA 30 s</translation>
    </message>
    <message>
        <source>Round change (round &gt; 0)</source>
        <translation>Troca de rodada (rodada &gt; 0)</translation>
    </message>
    <message>
        <source>Block intervals</source>
        <translation>Intervalos entre blocos</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>Interval (whole seconds)</source>
        <translation>Intervalo (segundos inteiros)</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histograma</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transações</translation>
    </message>
    <message>
        <source>Gas used (millions)</source>
        <translation>Gas usado (milhões)</translation>
    </message>
    <message>
        <source>Transactions per block</source>
        <translation>Transações por bloco</translation>
    </message>
    <message>
        <source>Gas used per block (M, right axis)</source>
        <translation>Gas usado por bloco (M, eixo direito)</translation>
    </message>
    <message>
        <source>Transactions and gas</source>
        <translation>Transações e gas</translation>
    </message>
    <message>
        <source>Intervals in the window</source>
        <translation>Intervalos na janela</translation>
    </message>
    <message>
        <source>Interval service levels (window)</source>
        <translation>Níveis de serviço dos intervalos (janela)</translation>
    </message>
    <message>
        <source>Blocks produced this month</source>
        <translation>Blocos produzidos neste mês</translation>
    </message>
    <message>
        <source>Recent blocks</source>
        <translation>Blocos recentes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nós</translation>
    </message>
    <message>
        <source>No network is configured: choose or import a profile with its nodes.</source>
        <translation>Nenhuma rede configurada: escolha ou importe um perfil com os nós da rede.</translation>
    </message>
    <message>
        <source>Waiting for the first blocks: the history is being fetched from the nodes.</source>
        <translation>Aguardando os primeiros blocos: o histórico está sendo obtido dos nós.</translation>
    </message>
    <message>
        <source>No block received yet: no node has answered over JSON-RPC so far.</source>
        <translation>Nenhum bloco recebido ainda: até agora nenhum nó respondeu via JSON-RPC.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n block(s) are held locally so far.</source>
        <translation>
            <numerusform>Por enquanto só há %n bloco armazenado localmente.</numerusform>
            <numerusform>Por enquanto só há %n blocos armazenados localmente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No block is held locally.</source>
        <translation>Nenhum bloco armazenado localmente.</translation>
    </message>
    <message>
        <source>Target period %1</source>
        <translation>Período alvo %1</translation>
    </message>
    <message>
        <source>SLA: %1 under %2</source>
        <translation>SLA: %1 abaixo de %2</translation>
    </message>
    <message numerus="yes">
        <source>Round change (%n block(s))</source>
        <translation>
            <numerusform>Troca de rodada (%n bloco)</numerusform>
            <numerusform>Troca de rodada (%n blocos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks per interval (s)</source>
        <translation>Blocos por intervalo (s)</translation>
    </message>
    <message>
        <source>? No interval in this window yet.</source>
        <translation>? Ainda não há nenhum intervalo nesta janela.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;td&gt;Blocks&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p50&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p95&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p99&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Max (block %5)&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Round changes&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;td&gt;Blocos&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p50&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p95&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p99&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Máx. (bloco %5)&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Média&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Trocas de rodada&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;td&gt;Under %1:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;(≥ %3) %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Under %5:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;td&gt;(≥ %7) %8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;td&gt;Abaixo de %1:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;(≥ %3) %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Abaixo de %5:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;td&gt;(≥ %7) %8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>? No block of this month is held yet.</source>
        <translation>? Ainda não há nenhum bloco deste mês armazenado.</translation>
    </message>
    <message>
        <source>All hours</source>
        <translation>Todas as horas</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Horário de serviço</translation>
    </message>
    <message>
        <source>&lt;p&gt;Required: %1 of the expected blocks (seconds / %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Exigido: %1 dos blocos esperados (segundos / %2).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n block(s) missing from the local history were estimated.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n bloco ausente do histórico local foi estimado.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n blocos ausentes do histórico local foram estimados.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Intervals in service hours this month: %1 under %2 %3, %4 under %5 %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Intervalos no horário de serviço neste mês: %1 abaixo de %2 %3, %4 abaixo de %5 %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation>Não foi possível gravar a imagem em %1.</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>Não foi possível abrir %1 para gravação: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export blocks as CSV</source>
        <translation>Exportar blocos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Average per step (Prometheus)</source>
        <translation>Média por passo (Prometheus)</translation>
    </message>
    <message>
        <source>Prometheus could not supply the older part: %1</source>
        <translation>O Prometheus não pôde fornecer a parte mais antiga: %1</translation>
    </message>
    <message>
        <source>Fetching the older part from Prometheus…</source>
        <translation>Buscando a parte mais antiga no Prometheus…</translation>
    </message>
    <message>
        <source>Prometheus %1 holds no block history for the older part.</source>
        <translation>O Prometheus %1 não tem histórico de blocos para a parte mais antiga.</translation>
    </message>
    <message>
        <source>Older part from Prometheus %1, averaged per %2.</source>
        <translation>Parte mais antiga do Prometheus %1, com média a cada %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) without any block.</source>
        <translation>
            <numerusform>%n passo sem nenhum bloco.</numerusform>
            <numerusform>%n passos sem nenhum bloco.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;◐ partial — history since %1&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#8a6d00&apos;&gt;◐ parcial — histórico desde %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>▲ The local history covers only %1 of this window (since %2); it keeps %3 h of blocks.</source>
        <translation>▲ O histórico local cobre apenas %1 desta janela (desde %2); ele guarda %3 h de blocos.</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2 / %3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td colspan=2&gt;%5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2 / %3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td colspan=2&gt;%5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;produced / expected&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;%1%2&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;produzidos / esperados&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;%1%2&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;▲ Partial: the local history starts %1, after the month began; figures cover only the time since then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;▲ Parcial: o histórico local começa em %1, depois do início do mês; os números cobrem só o tempo desde então.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The blocks missing since then already exceed what the whole month allows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Os blocos que faltam desde então já excedem o que o mês inteiro permite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ChecklistCommitDialog</name>
    <message>
        <source>Commit checklist changes</source>
        <translation>Registrar alterações dos checklists</translation>
    </message>
    <message>
        <source>The chosen documents are committed to the folder&apos;s Git repository on its current branch. Nothing is pushed: publishing follows your institution&apos;s own process.</source>
        <translation>Os documentos escolhidos são registrados no repositório Git da pasta, no branch atual. Nada é enviado: a publicação segue o processo da sua instituição.</translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation>&amp;Mensagem do commit:</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>What changed and why, e.g. &quot;Chain halted runbook: who restarts first&quot;</source>
        <translation>O que mudou e por quê, p. ex. &quot;Runbook de cadeia parada: quem reinicia primeiro&quot;</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>excluído</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renomeado</translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a checklist (%2 bytes)</source>
        <translation>%1 é grande demais para um checklist (%2 bytes)</translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation>não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: %1</source>
        <translation>o front matter não é YAML válido: %1</translation>
    </message>
    <message>
        <source>the front matter must be a map of keys (id, title, kind...)</source>
        <translation>o front matter deve ser um mapa de chaves (id, title, kind...)</translation>
    </message>
    <message>
        <source>unknown key (ignored)</source>
        <translation>chave desconhecida (ignorada)</translation>
    </message>
    <message>
        <source>expected a rule id</source>
        <translation>esperado o id de uma regra</translation>
    </message>
    <message>
        <source>expected a list of rule ids</source>
        <translation>esperada uma lista de ids de regras</translation>
    </message>
    <message>
        <source>expected a single value</source>
        <translation>esperado um único valor</translation>
    </message>
    <message>
        <source>expected a positive number of days, found &quot;%1&quot;</source>
        <translation>esperado um número positivo de dias, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>esperada uma data AAAA-MM-DD, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; every document needs a unique id</source>
        <translation>ausente; todo documento precisa de um id único</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use lowercase letters, digits and - _ . only</source>
        <translation>&quot;%1&quot;: use só letras minúsculas, dígitos e - _ .</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation>esperado um de %1, encontrado &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown incident rule &quot;%1&quot;</source>
        <translation>regra de incidente desconhecida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a runbook must name the incident rules it answers</source>
        <translation>um runbook deve nomear as regras de incidente que atende</translation>
    </message>
    <message>
        <source>a declaration needs a review period in days</source>
        <translation>uma declaração precisa de um período de revisão em dias</translation>
    </message>
</context>
<context>
    <name>ChecklistGit</name>
    <message>
        <source>cannot read the Git status of %1: %2</source>
        <translation>não foi possível ler o estado Git de %1: %2</translation>
    </message>
    <message>
        <source>nothing to commit: choose documents and write a message</source>
        <translation>nada a registrar: escolha documentos e escreva uma mensagem</translation>
    </message>
    <message>
        <source>cannot read the Git index: %1</source>
        <translation>não foi possível ler o índice do Git: %1</translation>
    </message>
    <message>
        <source>cannot stage %1: %2</source>
        <translation>não foi possível preparar %1: %2</translation>
    </message>
    <message>
        <source>cannot write the Git tree: %1</source>
        <translation>não foi possível gravar a árvore do Git: %1</translation>
    </message>
    <message>
        <source>cannot make the commit&apos;s author: %1</source>
        <translation>não foi possível definir o autor do commit: %1</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>não foi possível fazer o commit: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistItemsModel</name>
    <message>
        <source>Sections and items</source>
        <translation>Seções e itens</translation>
    </message>
</context>
<context>
    <name>ChecklistLibrary</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: pasta inexistente</translation>
    </message>
    <message>
        <source>no front matter: the document must start with a --- block naming its id, title and kind</source>
        <translation>sem front matter: o documento deve começar com um bloco --- com id, title e kind</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the id of %2</source>
        <translation>&quot;%1&quot; também é o id de %2</translation>
    </message>
    <message>
        <source>%1 already has a runbook (%2); Sentinela opens that one</source>
        <translation>%1 já tem um runbook (%2); o Sentinela abre aquele</translation>
    </message>
    <message>
        <source>no checklist item (- [ ] ...) in the document</source>
        <translation>nenhum item de checklist (- [ ] ...) no documento</translation>
    </message>
</context>
<context>
    <name>ChecklistLibraryModel</name>
    <message>
        <source>Incident runbooks</source>
        <translation>Runbooks de incidentes</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimentos</translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation>Declarações</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>Outros documentos</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>revisão vencida</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>ChecklistRunModel</name>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Feito por</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ChecklistsCommand</name>
    <message>
        <source>%1: no Markdown document (*.md) in the folder</source>
        <translation>%1: nenhum documento Markdown (*.md) na pasta</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) valid</source>
        <translation>
            <numerusform>%1: %n documento válido</numerusform>
            <numerusform>%1: %n documentos válidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n checklist item(s))</source>
        <translation>
            <numerusform>(%n item de checklist)</numerusform>
            <numerusform>(%n itens de checklist)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>the account Ingress names no rules contract</source>
        <translation>o Ingress de contas não indica contrato de regras</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Log level: %1 (default %2).</source>
        <translation>Nível de log: %1 (padrão %2).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NÍVEL</translation>
    </message>
    <message>
        <source>Sentinela: network-operations dashboard for permissioned Besu QBFT/IBFT 2.0 networks.</source>
        <translation>Sentinela: painel de operações de rede para redes Besu QBFT/IBFT 2.0 permissionadas.</translation>
    </message>
    <message>
        <source>Profile (YAML) with the networks to watch. Default: the last one used, or the shipped RBB profile.</source>
        <translation>Perfil (YAML) com as redes a monitorar. Padrão: o último usado ou o perfil da RBB que acompanha o programa.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Network of the profile to open (default: its &quot;active&quot; one).</source>
        <translation>Rede do perfil a abrir (padrão: a indicada em &quot;active&quot;).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Start as a read-only wall display with rotating views.</source>
        <translation>Inicia como painel de parede somente leitura, com telas em rodízio.</translation>
    </message>
    <message>
        <source>Open an exported incident snapshot for offline review.</source>
        <translation>Abre um snapshot de incidente exportado para revisão offline.</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; expected one of: %2</source>
        <translation>Nível de log desconhecido &quot;%1&quot;; esperado um destes: %2</translation>
    </message>
    <message>
        <source>Profile (YAML) with the networks to watch.</source>
        <translation>Perfil (YAML) com as redes a monitorar.</translation>
    </message>
    <message>
        <source>Network of the profile (default: its &quot;active&quot; one).</source>
        <translation>Rede do perfil (padrão: a indicada em &quot;active&quot;).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprime JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Give up on sources that have not answered after MS milliseconds (default 15000).</source>
        <translation>Desiste das fontes que não responderem em MS milissegundos (padrão 15000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation>&lt;comando&gt; [argumentos]</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Nenhum comando informado.</translation>
    </message>
    <message>
        <source>--timeout expects a positive number of milliseconds, found &quot;%1&quot;</source>
        <translation>--timeout espera um número positivo de milissegundos, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>validate-config expects exactly one FILE</source>
        <translation>validate-config espera exatamente um ARQUIVO</translation>
    </message>
    <message>
        <source>status expects --config FILE</source>
        <translation>status exige --config ARQUIVO</translation>
    </message>
    <message>
        <source>decode-block expects at most one FILE (or - for standard input)</source>
        <translation>decode-block aceita no máximo um ARQUIVO (ou - para a entrada padrão)</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Incident book (SQLite) to read.</source>
        <translation>Livro de incidentes (SQLite) a ler.</translation>
    </message>
    <message>
        <source>Only the open incidents.</source>
        <translation>Só os incidentes abertos.</translation>
    </message>
    <message>
        <source>incidents expects --db FILE</source>
        <translation>incidents espera --db ARQUIVO</translation>
    </message>
    <message>
        <source>Operations Manual folder to check.</source>
        <translation>Pasta do Manual de Operações a verificar.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>PASTA</translation>
    </message>
    <message>
        <source>checklists expects --dir DIR</source>
        <translation>checklists espera --dir PASTA</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>Shipped profiles: %1</source>
        <translation>Perfis instalados: %1</translation>
    </message>
    <message>
        <source>Checklist templates: %1</source>
        <translation>Modelos de checklist: %1</translation>
    </message>
    <message>
        <source>A snapshot (.sentinela) to open, as --open does.</source>
        <translation>Um instantâneo (.sentinela) a abrir, como faz --open.</translation>
    </message>
    <message>
        <source>[FILE.sentinela]</source>
        <translation>[ARQUIVO.sentinela]</translation>
    </message>
    <message>
        <source>Sentinela&apos;s headless collector for scripts and cron.

Commands:
  validate-config FILE      Check a profile; exit 0 when valid, 2 with the messages when not.
  status --config FILE      One collection pass over every source: nodes and sources&apos; health.
                            Exit 0 ok, 1 warning, 2 critical, 3 unknown: an unusable profile or
                            command line (the Nagios convention).
  decode-block [FILE|-]     Decode an eth_getBlockByNumber reply: proposer, round, vote, validators,
                            seals, recovered signers, missing validators, quorum.
  incidents --db FILE       List the incidents of an incident book (--open: only the open ones).
  checklists --dir DIR      Check an Operations Manual folder (front matter, duplicate ids, unknown
                            incident rules); exit 0 when valid, 2 with the messages when not.
  rules --config FILE       Print the incident rules as Prometheus alerting rules for a level-2
                            Prometheus (--out FILE writes them to a file).
  snapshot --config FILE --out FILE [--window DURATION] [--incident ID] [--sign KEY]
                            One collection pass and the incident book, written as a snapshot for
                            offline review (window default 1h before the incident or now).
  verify-snapshot FILE [--trust KEYS]
                            Check a snapshot&apos;s digest, signature and schema; exit 0 valid, 2 not.</source>
        <translation>Coletor sem interface do Sentinela, para scripts e cron.

Comandos:
  validate-config ARQUIVO   Verifica um perfil; sai com 0 se válido, 2 com as mensagens se não.
  status --config ARQUIVO   Uma passada de coleta por todas as fontes: saúde dos nós e das fontes.
                            Sai com 0 ok, 1 alerta, 2 crítico, 3 desconhecido: perfil ou linha
                            de comando inutilizável (a convenção do Nagios).
  decode-block [ARQUIVO|-]  Decodifica uma resposta de eth_getBlockByNumber: proponente, rodada, voto,
                            validadores, selos, signatários recuperados, validadores ausentes, quórum.
  incidents --db ARQUIVO    Lista os incidentes de um livro de incidentes (--open: só os abertos).
  checklists --dir PASTA    Verifica uma pasta do Manual de Operações (front matter, ids repetidos,
                            regras de incidente desconhecidas); sai com 0 se válida, 2 se não.
  rules --config ARQUIVO    Imprime as regras de incidente como regras de alerta do Prometheus para
                            um Prometheus de nível 2 (--out ARQUIVO grava num arquivo).
  snapshot --config ARQUIVO --out ARQUIVO [--window DURAÇÃO] [--incident ID] [--sign CHAVE]
                            Uma passada de coleta e o livro de incidentes, gravados como snapshot
                            para revisão offline (janela padrão: 1h antes do incidente ou de agora).
  verify-snapshot ARQUIVO [--trust CHAVES]
                            Verifica o resumo, a assinatura e o esquema de um snapshot; sai com 0
                            se válido, 2 se não.</translation>
    </message>
    <message>
        <source>History kept before the incident or now, e.g. 30m, 1h, 2h30m (default 1h).</source>
        <translation>Histórico guardado antes do incidente ou de agora, p. ex. 30m, 1h, 2h30m (padrão 1h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURAÇÃO</translation>
    </message>
    <message>
        <source>Make the snapshot for this incident (its number or uid).</source>
        <translation>Gera o snapshot deste incidente (seu número ou uid).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sign the snapshot with this Ed25519 private key (PEM).</source>
        <translation>Assina o snapshot com esta chave privada Ed25519 (PEM).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Trusted public keys: a PEM public key or a profile with snapshots.trustedKeys (repeatable).</source>
        <translation>Chaves públicas confiáveis: uma chave pública PEM ou um perfil com snapshots.trustedKeys (pode repetir).</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>CHAVES</translation>
    </message>
    <message>
        <source>File to write (snapshot; for rules the default is standard output).</source>
        <translation>Arquivo a gravar (snapshot; para rules o padrão é a saída padrão).</translation>
    </message>
    <message>
        <source>snapshot expects --config FILE --out FILE</source>
        <translation>snapshot espera --config ARQUIVO --out ARQUIVO</translation>
    </message>
    <message>
        <source>--window expects a duration such as 30m, 1h or 2h30m, found &quot;%1&quot;</source>
        <translation>--window espera uma duração como 30m, 1h ou 2h30m, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>verify-snapshot expects exactly one FILE</source>
        <translation>verify-snapshot espera exatamente um ARQUIVO</translation>
    </message>
    <message>
        <source>rules expects --config FILE</source>
        <translation>rules espera --config ARQUIVO</translation>
    </message>
    <message>
        <source>Report: start of the period, a date (2026-12-01, from midnight in the network&apos;s service time zone) or a time (2026-12-01T09:00, 2026-12-01T12:00Z).</source>
        <translation>Relatório: início do período, uma data (2026-12-01, a partir da meia-noite no fuso do horário de atendimento da rede) ou um horário (2026-12-01T09:00, 2026-12-01T12:00Z).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>Report: end of the period; a date counts that whole day.</source>
        <translation>Relatório: fim do período; uma data conta o dia inteiro.</translation>
    </message>
    <message>
        <source>Report: the language of the report, pt_BR (default) or en.</source>
        <translation>Relatório: o idioma do relatório, pt_BR (padrão) ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>validate-config, status, decode-block, incidents, checklists, rules, snapshot, verify-snapshot or report.</source>
        <translation>validate-config, status, decode-block, incidents, checklists, rules, snapshot, verify-snapshot ou report.</translation>
    </message>
    <message>
        <source>report expects --config FILE or --open SNAPSHOT, and --out FILE</source>
        <translation>report espera --config ARQUIVO ou --open SNAPSHOT, e --out ARQUIVO</translation>
    </message>
    <message>
        <source>report: --out must end in .pdf or .md, found &quot;%1&quot;</source>
        <translation>report: --out deve terminar em .pdf ou .md, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report: --language expects pt_BR or en, found &quot;%1&quot;</source>
        <translation>report: --language espera pt_BR ou en, encontrado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ConfigMessage</name>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>ExportSnapshotDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation>Exportar snapshot</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>O que exportar</translation>
    </message>
    <message>
        <source>The current state of the network</source>
        <translation>O estado atual da rede</translation>
    </message>
    <message>
        <source>An incident:</source>
        <translation>Um incidente:</translation>
    </message>
    <message>
        <source>History before it:</source>
        <translation>Histórico antes dele:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Chave de assinatura:</translation>
    </message>
    <message>
        <source>none: the snapshot is not signed</source>
        <translation>nenhuma: o snapshot não é assinado</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>The institution&apos;s Ed25519 private key (PEM). Another institution that trusts its public key sees who produced the file.</source>
        <translation>A chave privada Ed25519 da instituição (PEM). Outra instituição que confia na chave pública dela vê quem produziu o arquivo.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>#%1 %2 (detected %3, %4)</source>
        <translation>#%1 %2 (detectado %3, %4)</translation>
    </message>
    <message>
        <source>no incident in the book</source>
        <translation>nenhum incidente no livro</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Chave de assinatura</translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation>Chaves privadas PEM (*.pem *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Sentinela snapshots (*.%1);;All files (*)</source>
        <translation>Snapshots do Sentinela (*.%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>History before the incident:</source>
        <translation>Histórico antes do incidente:</translation>
    </message>
    <message>
        <source>History before now:</source>
        <translation>Histórico antes de agora:</translation>
    </message>
</context>
<context>
    <name>ExtraData</name>
    <message>
        <source>extraData vote: QBFT expects a list, found a byte string</source>
        <translation>extraData (voto): o QBFT espera uma lista, encontrada uma string de bytes</translation>
    </message>
    <message>
        <source>extraData vote: IBFT 2.0 expects an empty string or a list</source>
        <translation>extraData (voto): o IBFT 2.0 espera uma string vazia ou uma lista</translation>
    </message>
    <message>
        <source>extraData vote: expected [address, type], found %1 items</source>
        <translation>extraData (voto): esperado [endereço, tipo], encontrados %1 itens</translation>
    </message>
    <message>
        <source>extraData vote: the address must be 20 bytes</source>
        <translation>extraData (voto): o endereço deve ter 20 bytes</translation>
    </message>
    <message>
        <source>extraData vote: the vote type must be a single byte</source>
        <translation>extraData (voto): o tipo de voto deve ser um único byte</translation>
    </message>
    <message>
        <source>extraData vote: invalid vote type 0x%1 (expected 0xff add or 0x00 drop)</source>
        <translation>extraData (voto): tipo de voto inválido 0x%1 (esperado 0xff para adicionar ou 0x00 para remover)</translation>
    </message>
    <message>
        <source>extraData round: expected a byte string, found a list</source>
        <translation>extraData (rodada): esperada uma string de bytes, encontrada uma lista</translation>
    </message>
    <message>
        <source>extraData round: IBFT 2.0 expects exactly 4 bytes, found %1</source>
        <translation>extraData (rodada): o IBFT 2.0 espera exatamente 4 bytes, encontrados %1</translation>
    </message>
    <message>
        <source>extraData round: QBFT round has a leading zero byte</source>
        <translation>extraData (rodada): a rodada QBFT tem um byte zero à esquerda</translation>
    </message>
    <message>
        <source>extraData round: QBFT round of %1 bytes exceeds 4</source>
        <translation>extraData (rodada): a rodada QBFT de %1 bytes excede 4</translation>
    </message>
    <message>
        <source>extraData is not an RLP list</source>
        <translation>o extraData não é uma lista RLP</translation>
    </message>
    <message>
        <source>extraData: expected 5 items [vanity, validators, vote, round, seals], found %1</source>
        <translation>extraData: esperados 5 itens [vanity, validadores, voto, rodada, selos], encontrados %1</translation>
    </message>
    <message>
        <source>extraData vanity: expected a byte string, found a list</source>
        <translation>extraData (vanity): esperada uma string de bytes, encontrada uma lista</translation>
    </message>
    <message>
        <source>extraData validators: expected a list</source>
        <translation>extraData (validadores): esperada uma lista</translation>
    </message>
    <message>
        <source>extraData validators: item %1 is not a 20-byte address</source>
        <translation>extraData (validadores): o item %1 não é um endereço de 20 bytes</translation>
    </message>
    <message>
        <source>extraData seals: expected a list</source>
        <translation>extraData (selos): esperada uma lista</translation>
    </message>
    <message>
        <source>extraData seals: item %1 is not a 65-byte signature</source>
        <translation>extraData (selos): o item %1 não é uma assinatura de 65 bytes</translation>
    </message>
    <message>
        <source>invalid extraData: empty, BFT extra data required</source>
        <translation>extraData inválido: vazio, é obrigatório um extraData BFT</translation>
    </message>
    <message>
        <source>invalid extraData: %1</source>
        <translation>extraData inválido: %1</translation>
    </message>
</context>
<context>
    <name>FederationHealthModel</name>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
</context>
<context>
    <name>FederationHealthText</name>
    <message>
        <source>incomplete reply</source>
        <translation>resposta incompleta</translation>
    </message>
    <message>
        <source>Not probed yet.</source>
        <translation>Ainda não verificado.</translation>
    </message>
    <message>
        <source>The endpoint did not answer: %1</source>
        <translation>O endpoint não respondeu: %1</translation>
    </message>
    <message>
        <source>The federation job scraping this institution&apos;s level 1 is down.</source>
        <translation>O job de federação que coleta o nível 1 desta instituição está fora do ar.</translation>
    </message>
    <message>
        <source>No series with organization=&quot;%1&quot; on this endpoint.</source>
        <translation>Nenhuma série com organization=&quot;%1&quot; neste endpoint.</translation>
    </message>
    <message>
        <source>Targets are listed but none has a sample time.</source>
        <translation>Há alvos listados, mas nenhum tem horário de amostra.</translation>
    </message>
    <message>
        <source>The newest sample is %1 old.</source>
        <translation>A amostra mais recente tem %1 de idade.</translation>
    </message>
    <message>
        <source>%1 of %2 targets up.</source>
        <translation>%1 de %2 alvos ativos.</translation>
    </message>
    <message>
        <source>%1 of %2 targets up, data fresh.</source>
        <translation>%1 de %2 alvos ativos, dados recentes.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Parcial</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Desatualizado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Federation down</source>
        <translation>Federação fora do ar</translation>
    </message>
    <message>
        <source>Endpoint down</source>
        <translation>Endpoint fora do ar</translation>
    </message>
</context>
<context>
    <name>FederationHealthWidget</name>
    <message>
        <source>&lt;b&gt;Prometheus federation&lt;/b&gt; — does each level-2 endpoint (row) hold fresh data of each institution&apos;s level 1 (column)?</source>
        <translation>&lt;b&gt;Federação do Prometheus&lt;/b&gt; — cada endpoint de nível 2 (linha) tem dados recentes do nível 1 de cada instituição (coluna)?</translation>
    </message>
    <message>
        <source>No level-2 Prometheus endpoint is configured for this network.</source>
        <translation>Nenhum endpoint de Prometheus nível 2 configurado para esta rede.</translation>
    </message>
    <message>
        <source>No institution is configured for this network.</source>
        <translation>Nenhuma instituição configurada para esta rede.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>no analysed block yet</source>
        <translation>nenhum bloco analisado ainda</translation>
    </message>
    <message>
        <source>node down; sealed %1 of %2 blocks before</source>
        <translation>nó fora do ar; selou %1 de %2 blocos antes</translation>
    </message>
    <message numerus="yes">
        <source>no seal yet in %n block(s)</source>
        <translation>
            <numerusform>nenhum selo ainda em %n bloco</numerusform>
            <numerusform>nenhum selo ainda em %n blocos</numerusform>
        </translation>
    </message>
    <message>
        <source>sealing rarely: %1 of %2 blocks</source>
        <translation>selando raramente: %1 de %2 blocos</translation>
    </message>
    <message>
        <source>quorum lost: %1 of %2 validators active, quorum %3</source>
        <translation>quórum perdido: %1 de %2 validadores ativos, quórum %3</translation>
    </message>
    <message>
        <source>no fault tolerance left: %1 of %2 validators active, quorum %3</source>
        <translation>sem tolerância a falhas: %1 de %2 validadores ativos, quórum %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 validators sealing in the last %n block(s); quorum %3</source>
        <translation>
            <numerusform>%1 de %2 validadores selando no último bloco; quórum %3</numerusform>
            <numerusform>%1 de %2 validadores selando nos últimos %n blocos; quórum %3</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation>JSON-RPC</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>down (%1)</source>
        <translation>fora do ar (%1)</translation>
    </message>
    <message>
        <source>state unknown, no data</source>
        <translation>estado desconhecido, sem dados</translation>
    </message>
    <message>
        <source>state unknown, newest data %1 old (monitoring blind)</source>
        <translation>estado desconhecido, dado mais recente com %1 (monitoramento cego)</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind</source>
        <translation>
            <numerusform>%n bloco atrás</numerusform>
            <numerusform>%n blocos atrás</numerusform>
        </translation>
    </message>
    <message>
        <source>no peers</source>
        <translation>sem pares</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>peer limit almost reached</source>
        <translation>limite de pares quase atingido</translation>
    </message>
    <message>
        <source>head block not advancing</source>
        <translation>bloco de topo não avança</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>partly known</source>
        <translation>conhecido em parte</translation>
    </message>
    <message>
        <source>last block %1 ago; no node has reported its head since</source>
        <translation>último bloco há %1; nenhum nó informou seu topo desde então</translation>
    </message>
    <message>
        <source>no head block observed yet</source>
        <translation>nenhum bloco de topo observado ainda</translation>
    </message>
    <message>
        <source>level-2 Prometheus</source>
        <translation>Prometheus de nível 2</translation>
    </message>
    <message>
        <source>no fresh head: the newest was seen %1 ago through %2</source>
        <translation>sem topo recente: o mais novo foi visto há %1 via %2</translation>
    </message>
    <message>
        <source>no new block for %1 (limit %2, seen through %3)</source>
        <translation>nenhum bloco novo há %1 (limite %2, visto via %3)</translation>
    </message>
    <message>
        <source>the next block is late: none for %1 (seen through %2)</source>
        <translation>o próximo bloco está atrasado: nenhum há %1 (visto via %2)</translation>
    </message>
    <message>
        <source>last block %1 ago (seen through %2)</source>
        <translation>último bloco há %1 (visto via %2)</translation>
    </message>
    <message>
        <source>quorum lost: only %1 of %2 validators up; quorum %3</source>
        <translation>quórum perdido: apenas %1 de %2 validadores ativos; quórum %3</translation>
    </message>
    <message>
        <source>%1 of %2 validators known up, %3 unknown; quorum %4</source>
        <translation>%1 de %2 validadores sabidamente ativos, %3 desconhecidos; quórum %4</translation>
    </message>
    <message>
        <source>no fault tolerance left: %1 of %2 validators up, quorum %3</source>
        <translation>sem tolerância a falhas: %1 de %2 validadores ativos, quórum %3</translation>
    </message>
    <message>
        <source>%1 of %2 validators up (no analysed block yet); quorum %3</source>
        <translation>%1 de %2 validadores ativos (nenhum bloco analisado ainda); quórum %3</translation>
    </message>
    <message>
        <source>validator %1: %2</source>
        <translation>validador %1: %2</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>nó %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2%3</source>
        <translation>%1 está %2%3</translation>
    </message>
    <message>
        <source>no fresh figure from any node</source>
        <translation>nenhum dado recente de nenhum nó</translation>
    </message>
    <message numerus="yes">
        <source>no seal and no proposal in the last %n block(s)</source>
        <translation>
            <numerusform>nenhum selo e nenhuma proposta no último bloco</numerusform>
            <numerusform>nenhum selo e nenhuma proposta nos últimos %n blocos</numerusform>
        </translation>
    </message>
    <message>
        <source>sealed %1 and proposed %2 of %3 blocks</source>
        <translation>selou %1 e propôs %2 de %3 blocos</translation>
    </message>
</context>
<context>
    <name>Hex</name>
    <message>
        <source>hex data must start with &quot;0x&quot;</source>
        <translation>dados hexadecimais devem começar com &quot;0x&quot;</translation>
    </message>
    <message>
        <source>hex data has an odd number of digits (%1)</source>
        <translation>dados hexadecimais com número ímpar de dígitos (%1)</translation>
    </message>
    <message>
        <source>invalid hex digit at position %1</source>
        <translation>dígito hexadecimal inválido na posição %1</translation>
    </message>
    <message>
        <source>hex data contains a non-ASCII character</source>
        <translation>dados hexadecimais contêm um caractere não ASCII</translation>
    </message>
    <message>
        <source>hex quantity must start with &quot;0x&quot;</source>
        <translation>quantidade hexadecimal deve começar com &quot;0x&quot;</translation>
    </message>
    <message>
        <source>hex quantity has no digits</source>
        <translation>quantidade hexadecimal sem dígitos</translation>
    </message>
    <message>
        <source>hex quantity does not fit in 64 bits</source>
        <translation>quantidade hexadecimal não cabe em 64 bits</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>Invalid URL %1: only http:// and https:// are supported</source>
        <translation>URL inválida %1: apenas http:// e https:// são suportados</translation>
    </message>
    <message>
        <source>cannot read CA certificate file %1</source>
        <translation>não foi possível ler o arquivo de certificado da CA %1</translation>
    </message>
    <message>
        <source>a client certificate needs both a certificate file and a key file</source>
        <translation>um certificado de cliente exige um arquivo de certificado e um arquivo de chave</translation>
    </message>
    <message>
        <source>cannot read client certificate file %1</source>
        <translation>não foi possível ler o arquivo de certificado de cliente %1</translation>
    </message>
    <message>
        <source>cannot read client key file %1: %2</source>
        <translation>não foi possível ler o arquivo de chave do cliente %1: %2</translation>
    </message>
    <message>
        <source>cannot decode client key file %1 (PEM RSA or EC key without passphrase expected)</source>
        <translation>não foi possível decodificar o arquivo de chave do cliente %1 (esperada chave RSA ou EC em PEM, sem senha)</translation>
    </message>
    <message>
        <source>No credential available for %1 (secret &quot;%2&quot; not found)</source>
        <translation>Nenhuma credencial disponível para %1 (segredo &quot;%2&quot; não encontrado)</translation>
    </message>
    <message>
        <source>TLS configuration for %1: %2</source>
        <translation>Configuração TLS para %1: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms</source>
        <translation>Não foi possível conectar a %1 em %2 ms</translation>
    </message>
    <message>
        <source>No complete reply from %1 within %2 ms</source>
        <translation>Nenhuma resposta completa de %1 em %2 ms</translation>
    </message>
    <message>
        <source>Reply from %1 announces %2, over the limit of %3</source>
        <translation>A resposta de %1 anuncia %2, acima do limite de %3</translation>
    </message>
    <message>
        <source>Reply from %1 exceeds the limit of %2; aborted</source>
        <translation>A resposta de %1 excede o limite de %2; abortada</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 respondeu HTTP %2 %3</translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation>A requisição para %1 falhou: %2</translation>
    </message>
    <message>
        <source>No reply from %1 in time (%2)</source>
        <translation>Sem resposta de %1 a tempo (%2)</translation>
    </message>
    <message>
        <source>TLS failure with %1: %2</source>
        <translation>Falha de TLS com %1: %2</translation>
    </message>
    <message>
        <source> (the server may require a client certificate)</source>
        <translation> (o servidor pode exigir um certificado de cliente)</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Não foi possível alcançar %1: %2</translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation>Requisição para %1 cancelada</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Review the import</source>
        <translation>Revisar a importação</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file:</source>
        <translation>Nada pode ser importado deste arquivo:</translation>
    </message>
    <message>
        <source>The file adds nothing new to %1.</source>
        <translation>O arquivo não acrescenta nada de novo a %1.</translation>
    </message>
    <message>
        <source>Found: %1.
These changes will be made to %2:</source>
        <translation>Encontrado: %1.
Estas alterações serão feitas em %2:</translation>
    </message>
    <message>
        <source>Save profile as…</source>
        <translation>Salvar perfil como…</translation>
    </message>
</context>
<context>
    <name>IncidentActionDialog</name>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Seu nome:</translation>
    </message>
    <message>
        <source>who is handling it</source>
        <translation>quem está tratando</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instituição:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Acknowledge “%1”: your institution has seen it and is examining its own nodes. The time to acknowledge is counted in service hours.</source>
        <translation>Reconhecer “%1”: sua instituição viu o incidente e está examinando os próprios nós. O tempo até o reconhecimento é contado em horas de serviço.</translation>
    </message>
    <message>
        <source>Add a note to the timeline of “%1”.</source>
        <translation>Acrescentar uma nota à linha do tempo de “%1”.</translation>
    </message>
    <message>
        <source>Mark “%1” as mitigated: the effect is contained while the cause is still being dealt with.</source>
        <translation>Marcar “%1” como mitigado: o efeito está contido enquanto a causa ainda é tratada.</translation>
    </message>
    <message>
        <source>Resolve “%1” by hand. Sentinela also resolves an incident by itself when its condition clears; it reopens if the condition comes back.</source>
        <translation>Resolver “%1” manualmente. O Sentinela também resolve um incidente sozinho quando a condição desaparece; ele é reaberto se a condição voltar.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Acrescentar nota</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
</context>
<context>
    <name>IncidentBook</name>
    <message>
        <source>The incident book %1 is read-only: %2 refused</source>
        <translation>O livro de incidentes %1 é somente leitura: %2 recusado</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(em memória)</translation>
    </message>
    <message>
        <source>(kept in memory; written again every %1 s)</source>
        <translation>(mantido na memória; gravado de novo a cada %1 s)</translation>
    </message>
    <message>
        <source>%1: every change is saved again</source>
        <translation>%1: todas as alterações voltaram a ser salvas</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incidente %1</translation>
    </message>
    <message>
        <source>checklist run %1</source>
        <translation>execução de checklist %1</translation>
    </message>
    <message>
        <source>%1: %2 not saved: the database is not open</source>
        <translation>%1: %2 não foi salvo: o banco de dados não está aberto</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Open runbook</source>
        <translation>Abrir runbook</translation>
    </message>
    <message>
        <source>Your institution has seen the incident and is examining its own nodes.</source>
        <translation>Sua instituição viu o incidente e está examinando os próprios nós.</translation>
    </message>
    <message>
        <source>Open the Operations Manual&apos;s checklist for this kind of incident and record a run.</source>
        <translation>Abre o checklist do Manual de Operações para este tipo de incidente e registra uma execução.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Select an incident</source>
        <translation>Selecione um incidente</translation>
    </message>
    <message>
        <source>Its evidence, service-hour deadlines, actions and timeline show here.</source>
        <translation>As evidências, os prazos em horas de serviço, as ações e a linha do tempo aparecem aqui.</translation>
    </message>
    <message>
        <source>detected %1 (%2 ago)</source>
        <translation>detectado em %1 (há %2)</translation>
    </message>
    <message>
        <source>acknowledged by %1 (%2) at %3</source>
        <translation>reconhecido por %1 (%2) em %3</translation>
    </message>
    <message>
        <source>resolved automatically at %1 (the condition cleared)</source>
        <translation>resolvido automaticamente em %1 (a condição desapareceu)</translation>
    </message>
    <message>
        <source>resolved by %2 at %1</source>
        <translation>resolvido por %2 em %1</translation>
    </message>
    <message>
        <source>Answer by %1: %2</source>
        <translation>Resposta até %1: %2</translation>
    </message>
    <message>
        <source>Synchronous action by %1: %2</source>
        <translation>Ação síncrona até %1: %2</translation>
    </message>
    <message>
        <source>Open for %1 of service hours</source>
        <translation>Aberto há %1 em horas de serviço</translation>
    </message>
    <message>
        <source>acknowledged after %1 of service hours</source>
        <translation>reconhecido após %1 em horas de serviço</translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Nós: %1</translation>
    </message>
    <message>
        <source>the whole network</source>
        <translation>a rede inteira</translation>
    </message>
    <message>
        <source>Institutions: %1</source>
        <translation>Instituições: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidências: %1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhuma registrada</translation>
    </message>
</context>
<context>
    <name>IncidentEngine</name>
    <message>
        <source>The condition cleared: %1</source>
        <translation>A condição cessou: %1</translation>
    </message>
</context>
<context>
    <name>IncidentJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown timeline entry kind &quot;%1&quot;</source>
        <translation>tipo de entrada de linha do tempo desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>expected incident, critical-incident, vulnerability or critical-vulnerability</source>
        <translation>esperado incident, critical-incident, vulnerability ou critical-vulnerability</translation>
    </message>
    <message>
        <source>expected detected, acknowledged, mitigated or resolved</source>
        <translation>esperado detected, acknowledged, mitigated ou resolved</translation>
    </message>
    <message>
        <source>missing or not an ISO 8601 time</source>
        <translation>ausente ou não é um horário ISO 8601</translation>
    </message>
</context>
<context>
    <name>IncidentNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no HTTP client to send the notification</source>
        <translation>nenhum cliente HTTP para enviar a notificação</translation>
    </message>
    <message>
        <source>the Discord webhook URL (secret %1) is empty</source>
        <translation>a URL do webhook do Discord (segredo %1) está vazia</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (após %n tentativa)</numerusform>
            <numerusform>%1 (após %n tentativas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Posted to Alertmanager (%1)</source>
        <translation>Enviado ao Alertmanager (%1)</translation>
    </message>
    <message>
        <source>Alertmanager silence %1 created for %2 h</source>
        <translation>Silêncio %1 criado no Alertmanager por %2 h</translation>
    </message>
    <message>
        <source>Sent to Discord (%1)</source>
        <translation>Enviado ao Discord (%1)</translation>
    </message>
    <message>
        <source>Sent to the webhook (%1)</source>
        <translation>Enviado ao webhook (%1)</translation>
    </message>
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>após %n tentativa</numerusform>
            <numerusform>após %n tentativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation>Notificação para %1 falhou: %2</translation>
    </message>
    <message>
        <source>Incident %1 acknowledged in Sentinela by %2: %3</source>
        <translation>Incidente %1 reconhecido no Sentinela por %2: %3</translation>
    </message>
    <message>
        <source>the tray</source>
        <translation>a bandeja do sistema</translation>
    </message>
    <message>
        <source>New incident detected</source>
        <translation>Novo incidente detectado</translation>
    </message>
    <message>
        <source>New incident %1 detected</source>
        <translation>Novo incidente %1 detectado</translation>
    </message>
    <message>
        <source>Reopened: the condition came back</source>
        <translation>Reaberto: a condição voltou</translation>
    </message>
    <message>
        <source>Severity raised to %1</source>
        <translation>Severidade elevada para %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation>Reconhecido por %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1 (%2)</source>
        <translation>Reconhecido por %1 (%2)</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolved: the condition cleared</source>
        <translation>Resolvido: a condição cessou</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Resolvido por %1</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>Date and time in messages (QDateTime format): the service hours&apos; time zone.</extracomment>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>Status: %1 · detected %2 · open for %3</source>
        <translation>Situação: %1 · detectado em %2 · aberto há %3</translation>
    </message>
    <message>
        <source>Affected institutions: %1</source>
        <translation>Instituições afetadas: %1</translation>
    </message>
    <message>
        <source>the whole network</source>
        <translation>a rede inteira</translation>
    </message>
    <message>
        <source>Affected nodes: %1</source>
        <translation>Nós afetados: %1</translation>
    </message>
    <message>
        <source>%1 (breached)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>Deadlines (service hours, %1): answer within %2 h, by %3 · synchronous action within %4 h, by %5</source>
        <translation>Prazos (horas de serviço, %1): resposta em até %2 h, até %3 · ação síncrona em até %4 h, até %5</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidência: %1</translation>
    </message>
</context>
<context>
    <name>IncidentReview</name>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Recurring-incident review — %1</source>
        <translation>Revisão de incidentes recorrentes — %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2. Times in service hours (%3–%4, %5).</source>
        <translation>Período: %1 a %2. Tempos em horas de serviço (%3–%4, %5).</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s); mean time to acknowledge %1, to resolve %2.</source>
        <translation>
            <numerusform>%n incidente; tempo médio até o reconhecimento %1, até a resolução %2.</numerusform>
            <numerusform>%n incidentes; tempo médio até o reconhecimento %1, até a resolução %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Críticos</translation>
    </message>
    <message>
        <source>Mean to acknowledge</source>
        <translation>Média até reconhecer</translation>
    </message>
    <message>
        <source>Mean to resolve</source>
        <translation>Média até resolver</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recorrentes</translation>
    </message>
    <message>
        <source>No rule, institution or node had more than one incident in the period.</source>
        <translation>Nenhuma regra, instituição ou nó teve mais de um incidente no período.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n incident(s)</source>
        <translation>
            <numerusform>%1 %2: %n incidente</numerusform>
            <numerusform>%1 %2: %n incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentReviewModel</name>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Críticos</translation>
    </message>
    <message>
        <source>Mean to acknowledge</source>
        <translation>Média até reconhecer</translation>
    </message>
    <message>
        <source>Mean to resolve</source>
        <translation>Média até resolver</translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>JSON-RPC</source>
        <translation>JSON-RPC</translation>
    </message>
    <message>
        <source>level-2 Prometheus</source>
        <translation>Prometheus de nível 2</translation>
    </message>
    <message>
        <source>the federation probe</source>
        <translation>a sonda da federação</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>nenhuma fonte</translation>
    </message>
    <message>
        <source>%1: state of %2 unknown</source>
        <translation>%1: estado de %2 desconhecido</translation>
    </message>
    <message>
        <source>No figure of %1 has been received.</source>
        <translation>Nenhum dado de %1 foi recebido.</translation>
    </message>
    <message>
        <source>The newest figure of %1 is %2 old (through %3): too old to judge.</source>
        <translation>O dado mais recente de %1 tem %2 (via %3): antigo demais para julgar.</translation>
    </message>
    <message>
        <source>Chain halted? No head observed</source>
        <translation>Cadeia parada? Nenhum bloco de topo observado</translation>
    </message>
    <message>
        <source>No node and no level-2 Prometheus has reported a head block: whether blocks are produced is unknown.</source>
        <translation>Nenhum nó e nenhum Prometheus de nível 2 informou um bloco de topo: não se sabe se há produção de blocos.</translation>
    </message>
    <message>
        <source>Chain halted? No fresh head for %1</source>
        <translation>Cadeia parada? Nenhum topo recente há %1</translation>
    </message>
    <message>
        <source>The newest head, block %1 from %2, was observed %3 ago through %4; a figure older than %5 cannot say whether the chain is producing blocks.</source>
        <translation>O topo mais recente, bloco %1 de %2, foi observado há %3 via %4; um dado mais antigo que %5 não diz se a cadeia está produzindo blocos.</translation>
    </message>
    <message>
        <source>Chain halted: no block for %1</source>
        <translation>Cadeia parada: nenhum bloco há %1</translation>
    </message>
    <message>
        <source>Block %1 (head of %2) is the newest: when it was last observed, %3 ago through %4, no newer block had come for %5 (limit %6: block period plus round timeout plus 1 s).</source>
        <translation>O bloco %1 (topo de %2) é o mais recente: quando foi observado pela última vez, há %3 via %4, nenhum bloco novo chegara havia %5 (limite %6: período de bloco mais tempo limite de rodada mais 1 s).</translation>
    </message>
    <message>
        <source>Quorum lost: %1 of %2 validators active, quorum %3</source>
        <translation>Quórum perdido: %1 de %2 validadores ativos, quórum %3</translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n block(s) and the validators&apos; node status, %1 of %2 validators are up and sealing; QBFT needs %3. Not counted: %4.</source>
        <translation>
            <numerusform>No último bloco e no estado dos nós validadores, %1 de %2 validadores estão no ar e selando; o QBFT precisa de %3. Não contados: %4.</numerusform>
            <numerusform>Nos últimos %n blocos e no estado dos nós validadores, %1 de %2 validadores estão no ar e selando; o QBFT precisa de %3. Não contados: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the validators&apos; node status (no analysed block), %1 of %2 validators are up; QBFT needs %3. Not counted: %4.</source>
        <translation>Pelo estado dos nós validadores (nenhum bloco analisado), %1 de %2 validadores estão no ar; o QBFT precisa de %3. Não contados: %4.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>nenhum nomeado</translation>
    </message>
    <message>
        <source>Quorum: %1 validators in an unknown state</source>
        <translation>Quórum: %1 validadores em estado desconhecido</translation>
    </message>
    <message>
        <source>%1 of %2 validators known up and %3 unknown (stale figures); QBFT needs %4.</source>
        <translation>%1 de %2 validadores sabidamente no ar e %3 desconhecidos (dados desatualizados); o QBFT precisa de %4.</translation>
    </message>
    <message>
        <source>No fault tolerance left: %1 of %2 validators active, quorum %3</source>
        <translation>Sem margem de tolerância a falhas: %1 de %2 validadores ativos, quórum %3</translation>
    </message>
    <message>
        <source>%1 of %2 validators are active and QBFT needs %3: one more validator lost stops the chain. Not counted: %4.</source>
        <translation>%1 de %2 validadores estão ativos e o QBFT precisa de %3: perder mais um validador para a cadeia. Não contados: %4.</translation>
    </message>
    <message>
        <source>Block-interval budget: %1 s intervals spent %2 times as fast as the month allows</source>
        <translation>Orçamento de intervalos: intervalos de %1 s consumidos %2 vezes mais rápido do que o mês permite</translation>
    </message>
    <message>
        <source>%1 of the month&apos;s %2 held intervals reached %3 s (%4); the SLA allows %5, so the month&apos;s allowance is being spent %6 times as fast as it accrues.</source>
        <translation>%1 dos %2 intervalos do mês em memória chegaram a %3 s (%4); o SLA permite %5, então a tolerância do mês está sendo gasta %6 vezes mais rápido do que se acumula.</translation>
    </message>
    <message>
        <source>Validator %1 down</source>
        <translation>Validador %1 fora do ar</translation>
    </message>
    <message>
        <source>%1 is down (%2) while the chain is halted: the chain-halted incident covers it until blocks flow again.</source>
        <translation>%1 está fora do ar (%2) com a cadeia parada: o incidente de cadeia parada o cobre até os blocos voltarem.</translation>
    </message>
    <message>
        <source>%1 is down (%2, newest figure %3 old) while the chain produces blocks.</source>
        <translation>%1 está fora do ar (%2, dado mais recente de %3 atrás) enquanto a cadeia produz blocos.</translation>
    </message>
    <message>
        <source>Validator %1 out of consensus</source>
        <translation>Validador %1 fora do consenso</translation>
    </message>
    <message>
        <source>%1 answers, is in sync and has peers, yet neither sealed nor proposed any of the last %2 blocks (%3 to %4).</source>
        <translation>%1 responde, está sincronizado e tem pares, mas não selou nem propôs nenhum dos últimos %2 blocos (%3 a %4).</translation>
    </message>
    <message>
        <source>%1 disconnected: down</source>
        <translation>%1 desconectado: fora do ar</translation>
    </message>
    <message>
        <source>%1 does not answer (%2): no node can reach it.</source>
        <translation>%1 não responde (%2): nenhum nó consegue alcançá-lo.</translation>
    </message>
    <message>
        <source>%1 disconnected: no peers</source>
        <translation>%1 desconectado: sem pares</translation>
    </message>
    <message>
        <source>%1 reports 0 peers (through %2, %3 ago).</source>
        <translation>%1 informa 0 pares (via %2, há %3).</translation>
    </message>
    <message>
        <source>%1 disconnected: no monitored node is its peer</source>
        <translation>%1 desconectado: nenhum nó monitorado é seu par</translation>
    </message>
    <message>
        <source>%1 is absent from the peer lists (admin_peers) of all %2 reachable nodes: %3.</source>
        <translation>%1 não aparece nas listas de pares (admin_peers) de nenhum dos %2 nós alcançáveis: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 lagging: %n block(s) behind</source>
        <translation>
            <numerusform>%1 atrasado: %n bloco atrás</numerusform>
            <numerusform>%1 atrasado: %n blocos atrás</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at block %2, %3 blocks behind the tip %4 (through %5, figure %6 old; limit %7 blocks).</source>
        <translation>%1 está no bloco %2, %3 blocos atrás do topo %4 (via %5, dado de %6 atrás; limite %7 blocos).</translation>
    </message>
    <message>
        <source>Observer-boot %1 would accept transactions</source>
        <translation>Observer-boot %1 aceitaria transações</translation>
    </message>
    <message numerus="yes">
        <source>perm_getAccountsAllowlist on %1 lists %n account(s) (%2 ago); an observer-boot must list none.</source>
        <translation>
            <numerusform>perm_getAccountsAllowlist em %1 lista %n conta (há %2); um observer-boot não deve listar nenhuma.</numerusform>
            <numerusform>perm_getAccountsAllowlist em %1 lista %n contas (há %2); um observer-boot não deve listar nenhuma.</numerusform>
        </translation>
    </message>
    <message>
        <source>the account Ingress contract (0x…8888) returns the zero address for its rules contract (every transaction allowed)</source>
        <translation>o contrato Ingress de contas (0x…8888) devolve o endereço zero como contrato de regras (toda transação permitida)</translation>
    </message>
    <message>
        <source>its Prometheus metrics carry no besu_permissioning check counter</source>
        <translation>suas métricas do Prometheus não trazem nenhum contador de verificação besu_permissioning</translation>
    </message>
    <message>
        <source>its permissioning check counters stayed at %1 for %2 while %3 transactions were included</source>
        <translation>seus contadores de verificação de permissionamento ficaram em %1 por %2 enquanto %3 transações foram incluídas</translation>
    </message>
    <message>
        <source>perm_getAccountsAllowlist answers &quot;%1&quot;</source>
        <translation>perm_getAccountsAllowlist responde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Permissioning off on %1</source>
        <translation>Permissionamento desligado em %1</translation>
    </message>
    <message>
        <source>On %1, %2.</source>
        <translation>Em %1, %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Monitoring blind: %1&apos;s level-1 data not visible</source>
        <translation>Monitoramento cego: dados de nível 1 de %1 invisíveis</translation>
    </message>
    <message>
        <source>Monitoring of %1: no level 2 has answered yet</source>
        <translation>Monitoramento de %1: nenhum nível 2 respondeu ainda</translation>
    </message>
    <message>
        <source>No level-2 Prometheus shows %1&apos;s level-1 data (newest sample %2 old). %3</source>
        <translation>Nenhum Prometheus de nível 2 mostra os dados de nível 1 de %1 (amostra mais recente de %2 atrás). %3</translation>
    </message>
    <message>
        <source>Observer access at risk: %1 of %2 observer-boots reachable</source>
        <translation>Acesso de observadores em risco: %1 de %2 observer-boots alcançáveis</translation>
    </message>
    <message numerus="yes">
        <source>Reachable observer-boots: %1 (in %n institution(s)); unknown: %2; wanted at least %3 in two institutions, so that no single institution can shut citizens out.</source>
        <translation>
            <numerusform>Observer-boots alcançáveis: %1 (em %n instituição); desconhecidos: %2; desejado ao menos %3 em duas instituições, para que nenhuma instituição sozinha possa excluir os cidadãos.</numerusform>
            <numerusform>Observer-boots alcançáveis: %1 (em %n instituições); desconhecidos: %2; desejado ao menos %3 em duas instituições, para que nenhuma instituição sozinha possa excluir os cidadãos.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerta</translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation>Alertmanager: %1</translation>
    </message>
    <message>
        <source>Alertmanager: %1: %2</source>
        <translation>Alertmanager: %1: %2</translation>
    </message>
    <message>
        <source>Alert %1 active since %2 (%3); the list was read %4 ago.</source>
        <translation>Alerta %1 ativo desde %2 (%3); a lista foi lida há %4.</translation>
    </message>
    <message>
        <source>Unknown sender %1</source>
        <translation>Remetente desconhecido %1</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in the last %1 from %2, which no institution answers for (%3).</source>
        <translation>
            <numerusform>%n transação nos últimos %1 de %2, pela qual nenhuma instituição responde (%3).</numerusform>
            <numerusform>%n transações nos últimos %1 de %2, pela qual nenhuma instituição responde (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>%1: %2 (in &quot;%3&quot;)</source>
        <translation>%1: %2 (em &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1: no such incident database</source>
        <translation>%1: banco de incidentes inexistente</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: não é um arquivo</translation>
    </message>
    <message>
        <source>%1: cannot open the incident database: %2</source>
        <translation>%1: não foi possível abrir o banco de incidentes: %2</translation>
    </message>
    <message>
        <source>%1: not an incident database (%2)</source>
        <translation>%1: não é um banco de incidentes (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version</source>
        <translation>%1: não foi possível ler a versão do esquema</translation>
    </message>
    <message>
        <source>%1: the incident database has schema version %2, newer than this Sentinela knows (%3)</source>
        <translation>%1: o banco de incidentes tem versão de esquema %2, mais nova do que este Sentinela conhece (%3)</translation>
    </message>
    <message>
        <source>%1: an SQLite file that is not an incident database</source>
        <translation>%1: um arquivo SQLite que não é um banco de incidentes</translation>
    </message>
    <message>
        <source>%1: not an incident database (empty file)</source>
        <translation>%1: não é um banco de incidentes (arquivo vazio)</translation>
    </message>
    <message>
        <source>%1: the incident database is not open</source>
        <translation>%1: o banco de incidentes não está aberto</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot save incident %2: %3</source>
        <translation>%1: não foi possível gravar o incidente %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot commit incident %2: %3</source>
        <translation>%1: não foi possível confirmar o incidente %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot save checklist run %2: %3</source>
        <translation>%1: não foi possível gravar a execução de checklist %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot commit checklist run %2: %3</source>
        <translation>%1: não foi possível confirmar a execução de checklist %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot read incidents: %2</source>
        <translation>%1: não foi possível ler os incidentes: %2</translation>
    </message>
    <message>
        <source>%1: cannot read checklist runs: %2</source>
        <translation>%1: não foi possível ler as execuções de checklist: %2</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>met</source>
        <translation>cumprido</translation>
    </message>
    <message>
        <source>breached by %1</source>
        <translation>estourado em %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>faltam %1</translation>
    </message>
    <message>
        <source>network</source>
        <translation>rede</translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation>JSON-RPC</translation>
    </message>
    <message>
        <source>Prometheus level 2</source>
        <translation>Prometheus nível 2</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Federation</source>
        <translation>Federação</translation>
    </message>
    <message>
        <source>Only critical incidents have the 2 h / 16 h service-hour deadlines.</source>
        <translation>Só incidentes críticos têm os prazos de 2 h / 16 h em horas de serviço.</translation>
    </message>
    <message>
        <source>Deadline: %1 (counted in service hours)</source>
        <translation>Prazo: %1 (contado em horas de serviço)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Afetados</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation>Resposta (%1)</translation>
    </message>
    <message>
        <source>Action (%1)</source>
        <translation>Ação (%1)</translation>
    </message>
    <message>
        <source>Seen through</source>
        <translation>Visto por</translation>
    </message>
</context>
<context>
    <name>IncidentTimelineModel</name>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reaberto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation>Passo de checklist</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>Sentinela</source>
        <translation>Sentinela</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation>Incidente crítico</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilidade</translation>
    </message>
    <message>
        <source>Critical vulnerability</source>
        <translation>Vulnerabilidade crítica</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Reconhecido</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Chain halted</source>
        <translation>Cadeia parada</translation>
    </message>
    <message>
        <source>Quorum lost</source>
        <translation>Quórum perdido</translation>
    </message>
    <message>
        <source>No fault-tolerance margin</source>
        <translation>Sem margem de tolerância a falhas</translation>
    </message>
    <message>
        <source>Block-interval budget burning</source>
        <translation>Orçamento de intervalos entre blocos se esgotando</translation>
    </message>
    <message>
        <source>Validator down</source>
        <translation>Validador fora do ar</translation>
    </message>
    <message>
        <source>Validator out of consensus</source>
        <translation>Validador fora do consenso</translation>
    </message>
    <message>
        <source>Node disconnected</source>
        <translation>Nó desconectado</translation>
    </message>
    <message>
        <source>Node lagging</source>
        <translation>Nó atrasado</translation>
    </message>
    <message>
        <source>Permissioning switched off</source>
        <translation>Permissionamento desligado</translation>
    </message>
    <message>
        <source>Observer-boot accepts transactions</source>
        <translation>Observer-boot aceita transações</translation>
    </message>
    <message>
        <source>Monitoring blind</source>
        <translation>Monitoramento cego</translation>
    </message>
    <message>
        <source>Observer access at risk</source>
        <translation>Acesso de observadores em risco</translation>
    </message>
    <message>
        <source>Alertmanager alert</source>
        <translation>Alerta do Alertmanager</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Remetente desconhecido</translation>
    </message>
</context>
<context>
    <name>IncidentsCommand</name>
    <message>
        <source>No open incident in %1.</source>
        <translation>Nenhum incidente aberto em %1.</translation>
    </message>
    <message>
        <source>No incident in %1.</source>
        <translation>Nenhum incidente em %1.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERIDADE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>SITUAÇÃO</translation>
    </message>
    <message>
        <source>DETECTED (UTC)</source>
        <translation>DETECTADO (UTC)</translation>
    </message>
    <message>
        <source>OPEN FOR</source>
        <translation>ABERTO HÁ</translation>
    </message>
    <message>
        <source>INSTITUTIONS</source>
        <translation>INSTITUIÇÕES</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Open</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Recurring-incident review</source>
        <translation>Revisão de incidentes recorrentes</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Qualquer regra</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>Qualquer instituição</translation>
    </message>
    <message>
        <source>Search title, evidence, node or #number</source>
        <translation>Buscar título, evidência, nó ou #número</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exportar Markdown…</translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation>Abertos (%1)</translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation>Nenhum incidente aberto</translation>
    </message>
    <message>
        <source>Sentinela checks the rules of the Operations Manual every second; an incident opens here when one holds, and closes by itself when its condition clears.</source>
        <translation>O Sentinela verifica as regras do Manual de Operações a cada segundo; um incidente abre aqui quando uma delas se confirma e fecha sozinho quando a condição desaparece.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period; mean time to acknowledge %1 and to resolve %2, in service hours. Rows with two or more incidents recur.</source>
        <translation>
            <numerusform>%n incidente no período; tempo médio até o reconhecimento %1 e até a resolução %2, em horas de serviço. Linhas com dois incidentes ou mais são recorrentes.</numerusform>
            <numerusform>%n incidentes no período; tempo médio até o reconhecimento %1 e até a resolução %2, em horas de serviço. Linhas com dois incidentes ou mais são recorrentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Exportar revisão</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>InventoryImporter</name>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation>JSON inválido (no byte %1): %2</translation>
    </message>
    <message>
        <source>a Besu genesis file has a &quot;config&quot; object</source>
        <translation>um arquivo genesis do Besu tem um objeto &quot;config&quot;</translation>
    </message>
    <message>
        <source>chainId %1</source>
        <translation>chainId %1</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>ausente ou não é um número</translation>
    </message>
    <message>
        <source>neither &quot;qbft&quot; nor &quot;ibft2&quot;: not a Besu BFT genesis</source>
        <translation>nem &quot;qbft&quot; nem &quot;ibft2&quot;: não é um genesis BFT do Besu</translation>
    </message>
    <message>
        <source>IBFT 2.0 migrated to QBFT at block %1</source>
        <translation>IBFT 2.0 migrado para QBFT no bloco %1</translation>
    </message>
    <message>
        <source>consensus %1</source>
        <translation>consenso %1</translation>
    </message>
    <message>
        <source>block period %1 s</source>
        <translation>período de bloco %1 s</translation>
    </message>
    <message>
        <source>validators come from the contract %1</source>
        <translation>os validadores vêm do contrato %1</translation>
    </message>
    <message>
        <source>cannot be decoded as BFT extraData: %1</source>
        <translation>não pode ser decodificado como extraData BFT: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n genesis validator(s)</source>
        <translation>
            <numerusform>%n validador no genesis</numerusform>
            <numerusform>%n validadores no genesis</numerusform>
        </translation>
    </message>
    <message>
        <source>no enode URL (enode://&lt;128 hex digits&gt;@host:port) found</source>
        <translation>nenhuma URL enode (enode://&lt;128 dígitos hex&gt;@host:porta) encontrada</translation>
    </message>
    <message numerus="yes">
        <source>%n enode(s)</source>
        <translation>
            <numerusform>%n enode</numerusform>
            <numerusform>%n enodes</numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation with a &quot;nodes&quot; list found</source>
        <translation>nenhuma organização com uma lista &quot;nodes&quot; encontrada</translation>
    </message>
    <message>
        <source>not an object, skipped</source>
        <translation>não é um objeto, ignorado</translation>
    </message>
    <message>
        <source>no &quot;name&quot;, skipped</source>
        <translation>sem &quot;name&quot;, ignorado</translation>
    </message>
    <message>
        <source>%1 skipped: retired</source>
        <translation>%1 ignorado: descomissionado</translation>
    </message>
    <message>
        <source>expected 128 hex digits, ignored</source>
        <translation>esperados 128 dígitos hexadecimais, ignorado</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organização</numerusform>
            <numerusform>%n organizações</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nó</numerusform>
            <numerusform>%n nós</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML inválido: %1</translation>
    </message>
    <message>
        <source>a Prometheus configuration has a &quot;scrape_configs&quot; list</source>
        <translation>uma configuração do Prometheus tem uma lista &quot;scrape_configs&quot;</translation>
    </message>
    <message>
        <source>no static_configs target with a &quot;node&quot; or &quot;organization&quot; label</source>
        <translation>nenhum alvo em static_configs com rótulo &quot;node&quot; ou &quot;organization&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n labelled target(s)</source>
        <translation>
            <numerusform>%n alvo com rótulo</numerusform>
            <numerusform>%n alvos com rótulo</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>chainId: %1 → %2</source>
        <translation>chainId: %1 → %2</translation>
    </message>
    <message>
        <source>consensus: %1 → %2</source>
        <translation>consenso: %1 → %2</translation>
    </message>
    <message>
        <source>QBFT start block: %1</source>
        <translation>bloco inicial do QBFT: %1</translation>
    </message>
    <message>
        <source>block period: %1 s → %2 s</source>
        <translation>período de bloco: %1 s → %2 s</translation>
    </message>
    <message>
        <source>new institution %1 (%2)</source>
        <translation>nova instituição %1 (%2)</translation>
    </message>
    <message>
        <source>new node %1 (%2)</source>
        <translation>novo nó %1 (%2)</translation>
    </message>
    <message>
        <source>enode</source>
        <translation>enode</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>instituição</translation>
    </message>
    <message>
        <source>Prometheus instance</source>
        <translation>instância do Prometheus</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation>nó %1: %2</translation>
    </message>
    <message>
        <source>empty-block period %1 s</source>
        <translation>período de bloco vazio %1 s</translation>
    </message>
    <message>
        <source>empty-block period: %1 s → %2 s</source>
        <translation>período de bloco vazio: %1 s → %2 s</translation>
    </message>
</context>
<context>
    <name>InventoryLoader</name>
    <message>
        <source>expected a reference to a secret: keychain:NAME, env:VARIABLE or file:PATH (the secret itself never goes in the profile)</source>
        <translation>esperada uma referência a um segredo: keychain:NOME, env:VARIÁVEL ou file:CAMINHO (o segredo em si nunca vai no perfil)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>não foi possível abrir o arquivo: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML inválido: %1</translation>
    </message>
    <message>
        <source>expected a mapping with &quot;active&quot; and &quot;networks&quot; at the top level</source>
        <translation>esperado um mapeamento com &quot;active&quot; e &quot;networks&quot; no nível superior</translation>
    </message>
    <message>
        <source>expected at least one network</source>
        <translation>esperada pelo menos uma rede</translation>
    </message>
    <message>
        <source>duplicate network name &quot;%1&quot;</source>
        <translation>nome de rede duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no network named &quot;%1&quot; in networks</source>
        <translation>nenhuma rede chamada &quot;%1&quot; em networks</translation>
    </message>
    <message>
        <source>secrets may be read from environment variables or plain files: keep those files private</source>
        <translation>segredos podem ser lidos de variáveis de ambiente ou de arquivos comuns: mantenha esses arquivos com acesso restrito</translation>
    </message>
    <message>
        <source>unknown key, ignored (known keys: %1)</source>
        <translation>chave desconhecida, ignorada (chaves conhecidas: %1)</translation>
    </message>
    <message>
        <source>missing; expected a mapping</source>
        <translation>ausente; esperado um mapeamento</translation>
    </message>
    <message>
        <source>expected a mapping (key: value lines)</source>
        <translation>esperado um mapeamento (linhas chave: valor)</translation>
    </message>
    <message>
        <source>missing; expected a list</source>
        <translation>ausente; esperada uma lista</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>esperada uma lista</translation>
    </message>
    <message>
        <source>missing; expected a text value</source>
        <translation>ausente; esperado um valor de texto</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>esperado um valor de texto</translation>
    </message>
    <message>
        <source>missing; expected a number</source>
        <translation>ausente; esperado um número</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found &quot;%3&quot;</source>
        <translation>esperado um número de %1 a %2, encontrado &quot;%3&quot;</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperado true ou false</translation>
    </message>
    <message>
        <source>expected a URL with scheme %1 and a host, found &quot;%2&quot;</source>
        <translation>esperada uma URL com esquema %1 e um host, encontrado &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a client certificate needs both &quot;cert&quot; and &quot;key&quot;</source>
        <translation>um certificado de cliente exige &quot;cert&quot; e &quot;key&quot;</translation>
    </message>
    <message>
        <source>expected basic, bearer or none, found &quot;%1&quot;</source>
        <translation>esperado basic, bearer ou none, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing; %1 authentication needs a secret reference</source>
        <translation>ausente; a autenticação %1 exige uma referência a um segredo</translation>
    </message>
    <message>
        <source>expected a weekday: mon, tue, wed, thu, fri, sat or sun</source>
        <translation>esperado um dia da semana: mon, tue, wed, thu, fri, sat ou sun</translation>
    </message>
    <message>
        <source>expected a time as HH:MM, found &quot;%1&quot;</source>
        <translation>esperado um horário no formato HH:MM, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (expected an IANA name such as America/Sao_Paulo)</source>
        <translation>fuso horário desconhecido &quot;%1&quot; (esperado um nome IANA como America/Sao_Paulo)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>esperada uma data no formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>redPercent must not be above yellowPercent</source>
        <translation>redPercent não pode ser maior que yellowPercent</translation>
    </message>
    <message>
        <source>expected qbft or ibft2, found &quot;%1&quot;</source>
        <translation>esperado qbft ou ibft2, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate institution id &quot;%1&quot;</source>
        <translation>id de instituição duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate node name &quot;%1&quot;</source>
        <translation>nome de nó duplicado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one of validator, boot, writer, observer-boot, observer, prometheus, other; found &quot;%1&quot;</source>
        <translation>esperado um destes: validator, boot, writer, observer-boot, observer, prometheus, other; encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no institution with id &quot;%1&quot; in %2</source>
        <translation>nenhuma instituição com id &quot;%1&quot; em %2</translation>
    </message>
    <message>
        <source>expected 0x followed by 40 hex digits</source>
        <translation>esperado 0x seguido de 40 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>expected an enode URL or 128 hex digits of public key</source>
        <translation>esperada uma URL enode ou 128 dígitos hexadecimais de chave pública</translation>
    </message>
    <message>
        <source>secrets outside the system keychain need &quot;allowPlaintextSecrets: true&quot; at the top of the profile</source>
        <translation>segredos fora do chaveiro do sistema exigem &quot;allowPlaintextSecrets: true&quot; no início do perfil</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>não foi possível ler o perfil: %1</translation>
    </message>
    <message>
        <source>blockAgeWarningSeconds must not be above blockAgeCriticalSeconds</source>
        <translation>blockAgeWarningSeconds não pode ser maior que blockAgeCriticalSeconds</translation>
    </message>
    <message>
        <source>lagWarningBlocks must not be above lagCriticalBlocks</source>
        <translation>lagWarningBlocks não pode ser maior que lagCriticalBlocks</translation>
    </message>
    <message>
        <source>credentials will be sent unencrypted over %1:// (allowed by &quot;allowCredentialsOverHttp: true&quot;)</source>
        <translation>as credenciais serão enviadas sem criptografia via %1:// (permitido por &quot;allowCredentialsOverHttp: true&quot;)</translation>
    </message>
    <message>
        <source>credentials over plain %1:// would be sent unencrypted; use %1s:// or set &quot;allowCredentialsOverHttp: true&quot; at the top of the profile</source>
        <translation>credenciais via %1:// simples seriam enviadas sem criptografia; use %1s:// ou defina &quot;allowCredentialsOverHttp: true&quot; no início do perfil</translation>
    </message>
    <message>
        <source>service hours must not start and end at the same time</source>
        <translation>o horário de atendimento não pode começar e terminar no mesmo horário</translation>
    </message>
    <message>
        <source>actionServiceHours must not be below answerServiceHours</source>
        <translation>actionServiceHours não pode ser menor que answerServiceHours</translation>
    </message>
    <message>
        <source>the webhook URL is a secret: write &quot;discordWebhook: {secret: keychain:NAME}&quot; and keep the URL in the keychain</source>
        <translation>a URL do webhook é um segredo: escreva &quot;discordWebhook: {secret: keychain:NOME}&quot; e guarde a URL no chaveiro</translation>
    </message>
    <message>
        <source>missing; expected keychain:NAME, env:VARIABLE or file:PATH</source>
        <translation>ausente; esperado keychain:NOME, env:VARIÁVEL ou file:CAMINHO</translation>
    </message>
    <message>
        <source>no holiday listed for %1: service-hour deadlines will count holidays as working days</source>
        <translation>nenhum feriado listado para %1: os prazos em horas de atendimento contarão feriados como dias úteis</translation>
    </message>
    <message>
        <source>expected modifiers and one key joined by &quot;+&quot; (Ctrl, Alt, Shift, Meta; at least one), e.g. &quot;Ctrl+Alt+Shift+Q&quot;, found &quot;%1&quot;</source>
        <translation>esperados modificadores e uma tecla unidos por &quot;+&quot; (Ctrl, Alt, Shift, Meta; ao menos um), p. ex. &quot;Ctrl+Alt+Shift+Q&quot;; encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected at least one page</source>
        <translation>esperada ao menos uma página</translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot; (known pages: %2)</source>
        <translation>página desconhecida &quot;%1&quot; (páginas conhecidas: %2)</translation>
    </message>
    <message>
        <source>cannot read the public key file %1: %2</source>
        <translation>não foi possível ler o arquivo de chave pública %1: %2</translation>
    </message>
    <message>
        <source>expected a PEM public key (-----BEGIN PUBLIC KEY-----) or the path of one</source>
        <translation>esperada uma chave pública PEM (-----BEGIN PUBLIC KEY-----) ou o caminho de uma</translation>
    </message>
    <message>
        <source>expected an account address (0x and 40 hex digits), found &quot;%1&quot;</source>
        <translation>esperava um endereço de conta (0x e 40 dígitos hexadecimais), encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>account %1 is listed twice</source>
        <translation>a conta %1 aparece duas vezes</translation>
    </message>
    <message>
        <source>expected a contract address (0x and 40 hex digits) or &quot;rules&quot;, found &quot;%1&quot;</source>
        <translation>esperava um endereço de contrato (0x e 40 dígitos hexadecimais) ou &quot;rules&quot;, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a method taking the account&apos;s address, such as &quot;getAccount(address)&quot;, found &quot;%1&quot;</source>
        <translation>esperava um método que receba o endereço da conta, como &quot;getAccount(address)&quot;, encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected 4 bytes in hex (0x and 8 hex digits), found &quot;%1&quot;</source>
        <translation>esperava 4 bytes em hexadecimal (0x e 8 dígitos), encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a static ABI type (uint256, int&lt;N&gt;, address, bool, bytes32...), found &quot;%1&quot;</source>
        <translation>esperava um tipo ABI estático (uint256, int&lt;N&gt;, address, bool, bytes32...), encontrado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected at least one output</source>
        <translation>esperava ao menos uma saída</translation>
    </message>
    <message>
        <source>output %1 is %2, not bool</source>
        <translation>a saída %1 é %2, não bool</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>Empty reply from %1 where JSON was expected</source>
        <translation>Resposta vazia de %1 onde se esperava JSON</translation>
    </message>
    <message>
        <source>%1 returned HTML instead of JSON (wrong URL or a proxy page?)</source>
        <translation>%1 retornou HTML em vez de JSON (URL errada ou página de proxy?)</translation>
    </message>
    <message>
        <source>%1 returned HTML instead of JSON: &quot;%2&quot; (wrong URL or a proxy page?)</source>
        <translation>%1 retornou HTML em vez de JSON: &quot;%2&quot; (URL errada ou página de proxy?)</translation>
    </message>
    <message>
        <source>JSON reply from %1 is nested deeper than %2 levels; refused</source>
        <translation>A resposta JSON de %1 tem mais de %2 níveis de aninhamento; recusada</translation>
    </message>
    <message>
        <source>JSON reply from %1 is truncated (ends after %2 bytes)</source>
        <translation>A resposta JSON de %1 está truncada (termina após %2 bytes)</translation>
    </message>
    <message>
        <source>Reply from %1 is not valid JSON (byte %2): %3</source>
        <translation>A resposta de %1 não é um JSON válido (byte %2): %3</translation>
    </message>
    <message>
        <source>Reply from %1 could not be parsed as JSON: %2</source>
        <translation>Não foi possível interpretar a resposta de %1 como JSON: %2</translation>
    </message>
</context>
<context>
    <name>JsonRpc</name>
    <message>
        <source>error %1 without a message</source>
        <translation>erro %1 sem mensagem</translation>
    </message>
    <message>
        <source>reply is not a JSON object</source>
        <translation>a resposta não é um objeto JSON</translation>
    </message>
    <message>
        <source>reply id %1 does not match request id %2</source>
        <translation>o id da resposta %1 não corresponde ao id da requisição %2</translation>
    </message>
    <message>
        <source>reply has neither result nor error</source>
        <translation>a resposta não tem result nem error</translation>
    </message>
    <message>
        <source>batch answered with a single object</source>
        <translation>lote respondido com um único objeto</translation>
    </message>
    <message>
        <source>batch reply is not a JSON array</source>
        <translation>a resposta do lote não é um array JSON</translation>
    </message>
    <message>
        <source>duplicate reply for request id %1</source>
        <translation>resposta duplicada para o id de requisição %1</translation>
    </message>
    <message>
        <source>no reply with request id %1 in the batch</source>
        <translation>nenhuma resposta com o id de requisição %1 no lote</translation>
    </message>
</context>
<context>
    <name>JsonRpcClient</name>
    <message>
        <source>RPC %1</source>
        <translation>RPC %1</translation>
    </message>
    <message>
        <source>no JSON-RPC HTTP URL configured</source>
        <translation>nenhuma URL HTTP de JSON-RPC configurada</translation>
    </message>
    <message>
        <source>waiting for the first reply</source>
        <translation>aguardando a primeira resposta</translation>
    </message>
    <message>
        <source>not enabled on this node: %1</source>
        <translation>não habilitado neste nó: %1</translation>
    </message>
    <message>
        <source>no HTTP fetcher</source>
        <translation>nenhum cliente HTTP</translation>
    </message>
    <message>
        <source>the node refused a batched request; retrying unbatched</source>
        <translation>o nó recusou uma requisição em lote; tentando sem lote</translation>
    </message>
    <message>
        <source>asked for block %1, got %2</source>
        <translation>solicitado o bloco %1, recebido o %2</translation>
    </message>
    <message>
        <source>block %1 is not on the node</source>
        <translation>o bloco %1 não está no nó</translation>
    </message>
    <message>
        <source>block %1: %2</source>
        <translation>bloco %1: %2</translation>
    </message>
    <message>
        <source>no block</source>
        <translation>nenhum bloco</translation>
    </message>
</context>
<context>
    <name>JsonRpcSubscriber</name>
    <message>
        <source>WebSocket %1</source>
        <translation>WebSocket %1</translation>
    </message>
    <message>
        <source>no JSON-RPC WebSocket URL configured</source>
        <translation>nenhuma URL WebSocket de JSON-RPC configurada</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>conexão encerrada</translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation>reconectando em %1 s</translation>
    </message>
    <message>
        <source>message is not a JSON object</source>
        <translation>a mensagem não é um objeto JSON</translation>
    </message>
    <message>
        <source>message without a numeric id</source>
        <translation>mensagem sem id numérico</translation>
    </message>
    <message>
        <source>bad newHeads notification: %1</source>
        <translation>notificação newHeads inválida: %1</translation>
    </message>
    <message>
        <source>eth_subscribe returned no subscription id</source>
        <translation>eth_subscribe não retornou o id da inscrição</translation>
    </message>
    <message>
        <source>newHeads subscription refused: %1</source>
        <translation>inscrição em newHeads recusada: %1</translation>
    </message>
    <message>
        <source>the node does not have block %1</source>
        <translation>o nó não tem o bloco %1</translation>
    </message>
    <message>
        <source>backfilling blocks %1 to %2</source>
        <translation>buscando os blocos faltantes %1 a %2</translation>
    </message>
    <message>
        <source>backfill of block %1 failed: %2</source>
        <translation>falha ao buscar o bloco faltante %1: %2</translation>
    </message>
</context>
<context>
    <name>KioskAlert</name>
    <message>
        <source>CRITICAL INCIDENT</source>
        <translation>INCIDENTE CRÍTICO</translation>
    </message>
    <message>
        <source>Waiting for acknowledgement on an NOC desktop (or a silence in Alertmanager)</source>
        <translation>Aguardando reconhecimento em uma estação do NOC (ou um silêncio no Alertmanager)</translation>
    </message>
    <message>
        <source>Detected %1 ago, at %2</source>
        <translation>Detectado há %1, às %2</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Resposta: %1</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Sentinela wall</source>
        <translation>Painel do Sentinela</translation>
    </message>
    <message>
        <source>Sentinela is showing the network on the NOC wall</source>
        <translation>O Sentinela está mostrando a rede no painel do NOC</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>fora do ar: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>DATA OUT OF DATE · newest figure %1 ago</source>
        <translation>DADOS DESATUALIZADOS · último dado há %1</translation>
    </message>
    <message>
        <source>DATA OUT OF DATE · nothing received in %1</source>
        <translation>DADOS DESATUALIZADOS · nada recebido em %1</translation>
    </message>
    <message>
        <source>Source %1</source>
        <translation>Fonte %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sentinela</source>
        <translation>Sentinela</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Visão geral</translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation>Visão geral da rede</translation>
    </message>
    <message>
        <source>Chain height, time since the last block, the current block interval against the target, how many validators are signing against the quorum, nodes up by type and institution, open incidents and how fresh the data is.</source>
        <translation>Altura da cadeia, tempo desde o último bloco, intervalo atual entre blocos comparado ao alvo, quantos validadores estão assinando em relação ao quórum, nós ativos por tipo e por instituição, incidentes abertos e a idade dos dados.</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Validator participation</source>
        <translation>Participação dos validadores</translation>
    </message>
    <message>
        <source>Per validator and per block: who proposed and who signed, the share of blocks proposed against the operational level (OLA), the signing rate, and validators out of consensus.</source>
        <translation>Por validador e por bloco: quem propôs e quem assinou, a parcela de blocos propostos comparada ao nível operacional (OLA), a taxa de assinatura e os validadores fora do consenso.</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocos</translation>
    </message>
    <message>
        <source>Blocks and block times</source>
        <translation>Blocos e tempos de bloco</translation>
    </message>
    <message>
        <source>Block intervals against the target and the service levels (99% under 10 s, 99.9% under 30 s), blocks produced against expected, and the recent blocks with proposer, round and signers.</source>
        <translation>Intervalos entre blocos comparados ao alvo e aos níveis de serviço (99% abaixo de 10 s, 99,9% abaixo de 30 s), blocos produzidos comparados aos esperados e os blocos recentes com proponente, rodada e assinantes.</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologia</translation>
    </message>
    <message>
        <source>Peer topology</source>
        <translation>Topologia de pares</translation>
    </message>
    <message>
        <source>Nodes by institution and type, their peer links, missing expected links, partitions and validators not connected to a quorum of validators.</source>
        <translation>Nós por instituição e tipo, suas conexões, conexões esperadas ausentes, partições e validadores que não estão conectados a um quórum de validadores.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Operations Manual</source>
        <translation>Manual de Operações</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>&amp;Abrir perfil…</translation>
    </message>
    <message>
        <source>Open &amp;snapshot…</source>
        <translation>Abrir &amp;snapshot…</translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation>&amp;Exportar snapshot…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation>Modo &amp;quiosque</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Sentinela</source>
        <translation>&amp;Sobre o Sentinela</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Network: %1 (chainId %2)</source>
        <translation>Rede: %1 (chainId %2)</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>Nenhuma rede</translation>
    </message>
    <message>
        <source>Sentinela — %1</source>
        <translation>Sentinela — %1</translation>
    </message>
    <message>
        <source>Sources: none configured</source>
        <translation>Fontes: nenhuma configurada</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ainda sem dados</translation>
    </message>
    <message numerus="yes">
        <source>Freshest data: %n s ago</source>
        <translation>
            <numerusform>Dado mais recente: há %n s</numerusform>
            <numerusform>Dado mais recente: há %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is loaded: open one with File ▸ Open profile.</source>
        <translation>Nenhum perfil carregado: abra um em Arquivo ▸ Abrir perfil.</translation>
    </message>
    <message>
        <source>The profile of %1 has no Prometheus endpoint and no node JSON-RPC URL yet: add your institution&apos;s level-2 Prometheus and the nodes you can reach to %2.</source>
        <translation>O perfil de %1 ainda não tem endpoint Prometheus nem URL JSON-RPC de nós: adicione o Prometheus nível 2 da sua instituição e os nós que você alcança em %2.</translation>
    </message>
    <message>
        <source>Waiting for the first replies from the data sources.</source>
        <translation>Aguardando as primeiras respostas das fontes de dados.</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Abrir perfil</translation>
    </message>
    <message>
        <source>Sentinela profiles (*.yaml *.yml);;All files (*)</source>
        <translation>Perfis do Sentinela (*.yaml *.yml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Import into profile…</source>
        <translation>&amp;Importar para o perfil…</translation>
    </message>
    <message>
        <source>Read a Besu genesis.json, static-nodes.json, RBB nodes.json or a Prometheus configuration into the current network, review the changes and save the profile.</source>
        <translation>Lê um genesis.json do Besu, um static-nodes.json, um nodes.json da RBB ou uma configuração do Prometheus para a rede atual, permite revisar as alterações e salva o perfil.</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation>JSON-RPC</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>%1 %2: disabled</source>
        <translation>%1 %2: desativado</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 ok</source>
        <translation>%1 %2: %3 de %4 ok</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Open a profile first: the import adds to one of its networks.</source>
        <translation>Abra um perfil primeiro: a importação acrescenta dados a uma de suas redes.</translation>
    </message>
    <message>
        <source>Import into profile</source>
        <translation>Importar para o perfil</translation>
    </message>
    <message>
        <source>Network descriptions (*.json *.yml *.yaml *.txt);;All files (*)</source>
        <translation>Descrições de rede (*.json *.yml *.yaml *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Besu genesis, a static-nodes list, an RBB nodes.json or a Prometheus configuration.</source>
        <translation>%1 não é um genesis do Besu, uma lista static-nodes, um nodes.json da RBB nem uma configuração do Prometheus.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Sentinela profiles (*.yaml *.yml)</source>
        <translation>Perfis do Sentinela (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>standby, not queried yet</source>
        <translation>em espera, ainda não consultado</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 ok, %5 on standby</source>
        <translation>%1 %2: %3 de %4 ok, %5 em espera</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Rede: %1</translation>
    </message>
    <message>
        <source>An incident opens when a rule of the Operations Manual holds (block production stopped, fewer validators signing, a boot or validator disconnected, permissioning switched off on a validator, a validator up but out of consensus); the page keeps its timeline and notes and counts down the 2 and 16 service-hour deadlines of critical incidents.</source>
        <translation>Um incidente abre quando uma regra do Manual de Operações se confirma (produção de blocos parada, menos validadores assinando, um boot ou validador desconectado, permissionamento desligado em um validador, um validador no ar mas fora do consenso); a página guarda a linha do tempo e as notas e faz a contagem regressiva dos prazos de 2 e 16 horas de serviço dos incidentes críticos.</translation>
    </message>
    <message>
        <source>No incident database is open, so incidents are not recorded in this window.</source>
        <translation>Nenhum banco de incidentes está aberto; por isso, esta janela não registra incidentes.</translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation>Nenhum incidente aberto</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s): %1</source>
        <translation>
            <numerusform>%n incidente aberto: %1</numerusform>
            <numerusform>%n incidentes abertos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Operations Manual opens with a profile</source>
        <translation>O Manual de Operações abre com um perfil</translation>
    </message>
    <message>
        <source>This page holds the Operations Manual&apos;s checklists (a runbook for each incident rule, synchronous upgrades, the onboarding of a new institution, key-management declarations) as Markdown files in a folder your institution keeps in Git, to edit them and to run them step by step with each run recorded with its incident.</source>
        <translation>Esta página reúne os checklists do Manual de Operações (um roteiro para cada regra de incidente, atualizações síncronas, a entrada de uma nova instituição, declarações de gestão de chaves) como arquivos Markdown numa pasta que sua instituição mantém no Git, para editá-los e executá-los passo a passo, com cada execução registrada junto ao seu incidente.</translation>
    </message>
    <message>
        <source>No profile is open: open one from the File menu.</source>
        <translation>Nenhum perfil está aberto: abra um pelo menu Arquivo.</translation>
    </message>
    <message>
        <source>No checklist of the Operations Manual is linked to the rule %1.</source>
        <translation>Nenhum checklist do Manual de Operações está ligado à regra %1.</translation>
    </message>
    <message>
        <source>Review an exported snapshot offline: every page shows it, read-only.</source>
        <translation>Revise offline um snapshot exportado: todas as páginas o mostram, somente leitura.</translation>
    </message>
    <message>
        <source>Write the last hour of the network&apos;s state and its incidents to a file that another institution can review.</source>
        <translation>Grava a última hora do estado da rede e seus incidentes num arquivo que outra instituição pode revisar.</translation>
    </message>
    <message>
        <source>Full screen wall display of this network, read-only; leave it with the profile&apos;s exit chord.</source>
        <translation>Painel de parede desta rede em tela cheia, somente leitura; saia com a combinação de teclas de saída do perfil.</translation>
    </message>
    <message>
        <source>Sentinela snapshots (*.%1);;All files (*)</source>
        <translation>Snapshots do Sentinela (*.%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Abrir snapshot</translation>
    </message>
    <message>
        <source>Snapshot not exported</source>
        <translation>Snapshot não exportado</translation>
    </message>
    <message>
        <source>Exporting the snapshot to %1…</source>
        <translation>Exportando o snapshot para %1…</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>Snapshot exported to %1</source>
        <translation>Snapshot exportado para %1</translation>
    </message>
    <message>
        <source>Reading the snapshot %1…</source>
        <translation>Lendo o snapshot %1…</translation>
    </message>
    <message>
        <source>Snapshot not opened</source>
        <translation>Snapshot não aberto</translation>
    </message>
    <message>
        <source>read-only, no live data</source>
        <translation>somente leitura, sem dados ao vivo</translation>
    </message>
    <message>
        <source>Snapshot: %1 (chainId %2)</source>
        <translation>Snapshot em revisão: %1 (chainId %2)</translation>
    </message>
    <message>
        <source>Sentinela — snapshot of %1</source>
        <translation>Sentinela — snapshot de %1</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Usage and accountability</source>
        <translation>Uso e responsabilização</translation>
    </message>
    <message>
        <source>Per institution and per sender account: transactions per second, share of gas, top contracts and failed transactions, with the accounts no institution answers for listed first.</source>
        <translation>Por instituição e por conta remetente: transações por segundo, parcela do gás, contratos mais chamados e transações com falha, com as contas pelas quais nenhuma instituição responde listadas primeiro.</translation>
    </message>
    <message>
        <source>Committee &amp;report…</source>
        <translation>&amp;Relatório para os comitês…</translation>
    </message>
    <message>
        <source>Availability, the validators&apos; OLA, incidents and recurring problems over a period, as PDF or Markdown, from what this window shows (live or a snapshot).</source>
        <translation>Disponibilidade, OLA dos validadores, incidentes e problemas recorrentes num período, em PDF ou Markdown, a partir do que esta janela mostra (ao vivo ou um snapshot).</translation>
    </message>
    <message>
        <source>No data at this moment</source>
        <translation>Sem dados neste momento</translation>
    </message>
    <message>
        <source>Incidents not saved, retrying</source>
        <translation>Incidentes não salvos, tentando de novo</translation>
    </message>
    <message>
        <source>cannot read the signing key %1: %2</source>
        <translation>não foi possível ler a chave de assinatura %1: %2</translation>
    </message>
    <message>
        <source>Signed snapshot exported to %1</source>
        <translation>Snapshot assinado exportado para %1</translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation>relatorio-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Relatório não gravado</translation>
    </message>
    <message>
        <source>the live state held by this Sentinela</source>
        <translation>o estado ao vivo mantido por este Sentinela</translation>
    </message>
    <message>
        <source>Writing the report %1…</source>
        <translation>Gravando o relatório %1…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Relatório gravado em %1</translation>
    </message>
    <message>
        <source>snapshot %1 (%2)</source>
        <translation>snapshot %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ManualItemForm</name>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>The step as one line; Enter applies it.</source>
        <translation>O passo em uma linha; Enter aplica.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Details under the step (Markdown): commands, who to call, where to look.</source>
        <translation>Detalhes sob o passo (Markdown): comandos, quem chamar, onde olhar.</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>New &amp;link:</source>
        <translation>Novo &amp;link:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Adicionar link</translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Commit…</source>
        <translation>Registrar no Git…</translation>
    </message>
    <message>
        <source>Commit the changed documents to the folder&apos;s Git repository (nothing is pushed).</source>
        <translation>Registra os documentos alterados no repositório Git da pasta (nada é enviado).</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Recarregar a versão deles</translation>
    </message>
    <message>
        <source>Show the version on disk; your edits stay in the undo history.</source>
        <translation>Mostra a versão do disco; suas edições ficam no histórico de desfazer.</translation>
    </message>
    <message>
        <source>Keep mine and merge</source>
        <translation>Manter a minha e mesclar</translation>
    </message>
    <message>
        <source>Merge both versions line by line; where both changed the same lines both are kept.</source>
        <translation>Mescla as duas versões linha a linha; onde ambas mudaram as mesmas linhas, as duas são mantidas.</translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation>Marcar revisado hoje</translation>
    </message>
    <message>
        <source>Sets the document&apos;s lastReviewed date to today: the next review is due one review period later.</source>
        <translation>Define a data lastReviewed do documento como hoje: a próxima revisão vence um período de revisão depois.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visualizar</translation>
    </message>
    <message>
        <source>Start run</source>
        <translation>Iniciar execução</translation>
    </message>
    <message>
        <source>Start this checklist now: each step ticked is recorded with who and when, with the incident when one is chosen. The document itself is not changed.</source>
        <translation>Inicia este checklist agora: cada passo marcado é registrado com quem e quando, junto ao incidente quando há um. O documento em si não muda.</translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation>Encerrar execução</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Renomear seção</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Editar item</translation>
    </message>
    <message>
        <source>Tick item</source>
        <translation>Marcar item</translation>
    </message>
    <message>
        <source>Untick item</source>
        <translation>Desmarcar item</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar revisado</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Nova seção</translation>
    </message>
    <message>
        <source>A new section after the selected one</source>
        <translation>Uma nova seção depois da selecionada</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nova seção</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Novo item</translation>
    </message>
    <message>
        <source>A new step after the selected one</source>
        <translation>Um novo passo depois do selecionado</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Novo passo</translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation>Novo subitem</translation>
    </message>
    <message>
        <source>A new step under the selected one</source>
        <translation>Um novo passo dentro do selecionado</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Aumentar recuo</translation>
    </message>
    <message>
        <source>Make the step a sub-step of the one above</source>
        <translation>Torna o passo um subpasso do passo acima</translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation>Aumentar recuo do item</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Diminuir recuo</translation>
    </message>
    <message>
        <source>Move the sub-step out one level</source>
        <translation>Tira o subpasso de um nível</translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation>Diminuir recuo do item</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the step or section up</source>
        <translation>Sobe o passo ou a seção</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the step or section down</source>
        <translation>Desce o passo ou a seção</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the step (with its sub-steps) or the section</source>
        <translation>Exclui o passo (com seus subpassos) ou a seção</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Excluir item</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Excluir seção</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>No Operations Manual folder: set checklists.folder in the profile.</source>
        <translation>Sem pasta do Manual de Operações: defina checklists.folder no perfil.</translation>
    </message>
    <message>
        <source>Shipped templates (read-only): %1</source>
        <translation>Modelos distribuídos (somente leitura): %1</translation>
    </message>
    <message>
        <source>No runbook in %1 names the rule &quot;%2&quot; in its front matter.</source>
        <translation>Nenhum runbook em %1 nomeia a regra &quot;%2&quot; no front matter.</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Alterações não salvas…</translation>
    </message>
    <message>
        <source>Saved %1 at %2</source>
        <translation>%1 salvo às %2</translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read: %2</source>
        <translation>%1 foi removido ou não pode ser lido: %2</translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation>Recarregar do disco</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 mudou no disco e foi recarregado.</translation>
    </message>
    <message>
        <source>%1 was changed on disk by someone else while you were editing it. Reload their version or keep yours and merge both?</source>
        <translation>%1 foi alterado no disco por outra pessoa enquanto você o editava. Recarregar a versão dela ou manter a sua e mesclar as duas?</translation>
    </message>
    <message>
        <source>Reloaded %1; Undo brings your edits back.</source>
        <translation>%1 recarregado; Desfazer traz de volta suas edições.</translation>
    </message>
    <message>
        <source>Merge with disk</source>
        <translation>Mesclar com o disco</translation>
    </message>
    <message>
        <source>Merged: both versions changed the same lines and both were kept, yours first; review them.</source>
        <translation>Mesclado: as duas versões mudaram as mesmas linhas e ambas foram mantidas, a sua primeiro; revise-as.</translation>
    </message>
    <message>
        <source>Merged your edits with the version on disk.</source>
        <translation>Suas edições foram mescladas com a versão do disco.</translation>
    </message>
    <message>
        <source>Templates: copy them into your institution&apos;s folder to edit them.</source>
        <translation>Modelos: copie-os para a pasta da sua instituição para editá-los.</translation>
    </message>
    <message>
        <source>Not in a Git repository: changes are saved but not versioned.</source>
        <translation>Fora de um repositório Git: as alterações são salvas, mas não versionadas.</translation>
    </message>
    <message>
        <source>Git: no change since the last commit.</source>
        <translation>Git: nenhuma alteração desde o último commit.</translation>
    </message>
    <message numerus="yes">
        <source>Git: %n document(s) changed since the last commit.</source>
        <translation>
            <numerusform>Git: %n documento alterado desde o último commit.</numerusform>
            <numerusform>Git: %n documentos alterados desde o último commit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation>Nada a registrar.</translation>
    </message>
    <message>
        <source>Committed %1 (not pushed).</source>
        <translation>Commit %1 feito (não enviado).</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>incident #%1</source>
        <translation>incidente #%1</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incidente</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>encerrada</translation>
    </message>
    <message>
        <source>No incident database is open: runs cannot be recorded.</source>
        <translation>Nenhum banco de incidentes está aberto: as execuções não podem ser registradas.</translation>
    </message>
    <message>
        <source>No run of this checklist yet. A run records who did each step and when; the document is not changed.</source>
        <translation>Nenhuma execução deste checklist ainda. Uma execução registra quem fez cada passo e quando; o documento não muda.</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Nenhum documento</translation>
    </message>
    <message>
        <source>The folder holds no Markdown document.</source>
        <translation>A pasta não tem nenhum documento Markdown.</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>para: %1</translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation>instituição: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>reviewed: %1, every %n day(s)</source>
        <translation>
            <numerusform>revisado: %1, a cada %n dia</numerusform>
            <numerusform>revisado: %1, a cada %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation>revisão vencida</translation>
    </message>
    <message>
        <source>front matter has errors (see the document&apos;s tooltip)</source>
        <translation>o front matter tem erros (veja a dica do documento)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Adicionar link</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Mover item</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Mover seção</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Reading the Operations Manual folder…</source>
        <translation>Lendo a pasta do Manual de Operações…</translation>
    </message>
    <message>
        <source>Asking Git what changed…</source>
        <translation>Perguntando ao Git o que mudou…</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Fazendo o commit…</translation>
    </message>
    <message>
        <source>Commit failed: %1</source>
        <translation>O commit falhou: %1</translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>incomplete reply</source>
        <translation>resposta incompleta</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <source>RPC: %1 (%2 ago)</source>
        <translation>RPC: %1 (há %2)</translation>
    </message>
    <message>
        <source>Prometheus: %1 (%2 ago)</source>
        <translation>Prometheus: %1 (há %2)</translation>
    </message>
    <message>
        <source>no source has reported it</source>
        <translation>nenhuma fonte reportou este nó</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fora do ar</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 (RPC, Prometheus)</source>
        <translation>%1 (RPC, Prometheus)</translation>
    </message>
    <message>
        <source>%1 (RPC)</source>
        <translation>%1 (RPC)</translation>
    </message>
    <message>
        <source>%1 (Prometheus)</source>
        <translation>%1 (Prometheus)</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? desconhecido</translation>
    </message>
    <message>
        <source>at tip</source>
        <translation>no topo</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind</source>
        <translation>
            <numerusform>%n bloco atrás</numerusform>
            <numerusform>%n blocos atrás</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>Last RPC error: %1</source>
        <translation>Último erro de RPC: %1</translation>
    </message>
    <message>
        <source>Warning above %1 blocks, critical above %2 (block period %3 s)</source>
        <translation>Alerta acima de %1 blocos, crítico acima de %2 (período de bloco %3 s)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>Último bloco</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronização</translation>
    </message>
    <message>
        <source>Client version</source>
        <translation>Versão do cliente</translation>
    </message>
    <message>
        <source>unknown: no fresh figure for %1</source>
        <translation>desconhecido: nenhum dado recente há %1</translation>
    </message>
    <message>
        <source>%1 (%2 old)</source>
        <translation>%1 (de %2 atrás)</translation>
    </message>
    <message>
        <source>Time since the node&apos;s head block. Warning when no newer block came for %1 s, critical after %2 s</source>
        <translation>Tempo desde o bloco de topo do nó. Alerta quando nenhum bloco mais novo veio em %1 s, crítico após %2 s</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No txpool_besuStatistics reply yet (the TXPOOL namespace may be disabled).</source>
        <translation>Ainda sem resposta de txpool_besuStatistics (o namespace TXPOOL pode estar desativado).</translation>
    </message>
    <message>
        <source>Transaction pool (txpool_besuStatistics, %1 ago): %2 local and %3 remote transactions; room for %4</source>
        <translation>Pool de transações (txpool_besuStatistics, há %1): %2 transações locais e %3 remotas; capacidade de %4</translation>
    </message>
    <message>
        <source>Tx pool</source>
        <translation>Pool de tx</translation>
    </message>
</context>
<context>
    <name>NodeType</name>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <source>Observer-boot</source>
        <translation>Observer-boot</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>No network is configured: open a profile with at least one node.</source>
        <translation>Nenhuma rede configurada: abra um perfil com pelo menos um nó.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the first answer from the %n configured node(s) or Prometheus.</source>
        <translation>
            <numerusform>Aguardando a primeira resposta do %n nó configurado ou do Prometheus.</numerusform>
            <numerusform>Aguardando a primeira resposta dos %n nós configurados ou do Prometheus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Network overview</source>
        <translation>Visão geral da rede</translation>
    </message>
    <message>
        <source>Chain height, time since the last block, the current block interval against the target, how many validators are signing against the quorum, nodes up by type and institution, open incidents and how fresh the data is.</source>
        <translation>Altura da cadeia, tempo desde o último bloco, intervalo atual entre blocos comparado ao alvo, quantos validadores estão assinando em relação ao quórum, nós ativos por tipo e por instituição, incidentes abertos e a idade dos dados.</translation>
    </message>
    <message>
        <source>Chain height</source>
        <translation>Altura da cadeia</translation>
    </message>
    <message>
        <source>Time since the last block</source>
        <translation>Tempo desde o último bloco</translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation>Intervalo entre blocos</translation>
    </message>
    <message>
        <source>Validators signing</source>
        <translation>Validadores assinando</translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation>Nós ativos</translation>
    </message>
    <message>
        <source>Nodes up by institution</source>
        <translation>Nós ativos por instituição</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>Atualidade dos dados</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abertos</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>no block yet</source>
        <translation>nenhum bloco ainda</translation>
    </message>
    <message>
        <source>average of the last %1 blocks %2; target %3</source>
        <translation>média dos últimos %1 blocos: %2; alvo %3</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>alvo %1</translation>
    </message>
    <message>
        <source>one more validator lost stops the network</source>
        <translation>se mais um validador cair, a rede para</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 up</source>
        <translation>%1: %2 de %3 ativos</translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n fora do ar</numerusform>
            <numerusform>, %n fora do ar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>highest block a node reports with fresh data</source>
        <translation>bloco mais alto informado por um nó com dados recentes</translation>
    </message>
    <message>
        <source>target period %1; halted past %2</source>
        <translation>período-alvo %1; parada acima de %2</translation>
    </message>
    <message numerus="yes">
        <source>quorum %1, fault-tolerance margin %2; last %n block(s)</source>
        <translation>
            <numerusform>quórum %1, margem de tolerância a falhas %2; último bloco</numerusform>
            <numerusform>quórum %1, margem de tolerância a falhas %2; últimos %n blocos</numerusform>
        </translation>
    </message>
    <message>
        <source>fewer validators than the quorum: the network cannot produce blocks</source>
        <translation>menos validadores que o quórum: a rede não consegue produzir blocos</translation>
    </message>
    <message>
        <source>waiting for analysed blocks</source>
        <translation>aguardando blocos analisados</translation>
    </message>
    <message>
        <source>newest figure from any node or Prometheus; older than %1 counts as unknown</source>
        <translation>dado mais recente de qualquer nó ou Prometheus; mais antigo que %1 conta como desconhecido</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrados</translation>
    </message>
    <message>
        <source>No incident database is open; the findings above come from the same checks.</source>
        <translation>Nenhum banco de incidentes está aberto; os achados acima vêm das mesmas verificações.</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>resposta: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the Incidents page</source>
        <translation>
            <numerusform>e mais %n na página Incidentes</numerusform>
            <numerusform>e mais %n na página Incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>none: every rule of the Operations Manual holds</source>
        <translation>nenhum: todas as regras do Manual de Operações estão atendidas</translation>
    </message>
    <message>
        <source>Declaration overdue: %1 (due %2)</source>
        <translation>Declaração atrasada: %1 (venceu em %2)</translation>
    </message>
    <message>
        <source>Declaration never made: %1</source>
        <translation>Declaração nunca feita: %1</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inativo</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Dados insuficientes</translation>
    </message>
</context>
<context>
    <name>ParticipationStripModel</name>
    <message>
        <source>not a validator</source>
        <translation>não é validador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>assinou</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propôs</translation>
    </message>
    <message>
        <source>its turn: round change</source>
        <translation>vez dele: troca de rodada</translation>
    </message>
    <message>
        <source>block not decoded</source>
        <translation>bloco não decodificado</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>Bloco %1</translation>
    </message>
    <message>
        <source>extraData not decoded: %1</source>
        <translation>extraData não decodificado: %1</translation>
    </message>
    <message>
        <source>Proposer: %1</source>
        <translation>Proponente: %1</translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation>Rodada: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>not among the seals</source>
        <translation>não está entre os selos</translation>
    </message>
    <message>
        <source>Sealed by %1 of %2 validators (quorum %3): %4</source>
        <translation>Selado por %1 de %2 validadores (quórum %3): %4</translation>
    </message>
</context>
<context>
    <name>ParticipationStripView</name>
    <message>
        <source>Participation strip</source>
        <translation>Faixa de participação</translation>
    </message>
    <message>
        <source>No analysed blocks yet</source>
        <translation>Nenhum bloco analisado ainda</translation>
    </message>
</context>
<context>
    <name>PromRules</name>
    <message>
        <source>switched off in the profile</source>
        <translation>desligada no perfil</translation>
    </message>
    <message>
        <source>Chain halted: no new block for {{ $value | humanizeDuration }}</source>
        <translation>Cadeia parada: nenhum bloco novo há {{ $value | humanizeDuration }}</translation>
    </message>
    <message>
        <source>When the freshest head was scraped, no block had come for longer than %1 s (block period plus round timeout plus 1 s): one round change never reaches it.</source>
        <translation>Quando a cabeça mais recente foi coletada, nenhum bloco chegava havia mais de %1 s (período de bloco mais o timeout de rodada mais 1 s): uma troca de rodada nunca chega a isso.</translation>
    </message>
    <message>
        <source>Quorum lost: {{ $value }} of %1 validators down</source>
        <translation>Quórum perdido: {{ $value }} de %1 validadores fora do ar</translation>
    </message>
    <message>
        <source>QBFT needs %1 of %2 validators; more than %3 are known down (fresh up == 0).</source>
        <translation>O QBFT precisa de %1 de %2 validadores; mais de %3 estão sabidamente fora do ar (up == 0 recente).</translation>
    </message>
    <message>
        <source>No fault tolerance left: {{ $value }} of %1 validators down</source>
        <translation>Sem tolerância a falhas: {{ $value }} de %1 validadores fora do ar</translation>
    </message>
    <message>
        <source>One more validator lost stops the chain (quorum %1 of %2).</source>
        <translation>Mais um validador perdido para a cadeia (quórum %1 de %2).</translation>
    </message>
    <message>
        <source>%1 validator(s) have no fault tolerance to lose</source>
        <translation>%1 validador(es) não têm tolerância a falhas a perder</translation>
    </message>
    <message>
        <source>Validator {{ $labels.node }} ({{ $labels.organization }}) down</source>
        <translation>Validador {{ $labels.node }} ({{ $labels.organization }}) fora do ar</translation>
    </message>
    <message>
        <source>Its level-1 Prometheus cannot scrape it (up == 0).</source>
        <translation>O Prometheus de nível 1 não consegue coletá-lo (up == 0).</translation>
    </message>
    <message>
        <source>{{ $labels.node }} ({{ $labels.organization }}) disconnected</source>
        <translation>{{ $labels.node }} ({{ $labels.organization }}) desconectado</translation>
    </message>
    <message>
        <source>No peers (ethereum_peer_count == 0), or a boot node that does not answer.</source>
        <translation>Sem pares (ethereum_peer_count == 0), ou um nó de boot que não responde.</translation>
    </message>
    <message>
        <source>{{ $labels.node }} ({{ $labels.organization }}) {{ $value }} blocks behind the tip</source>
        <translation>{{ $labels.node }} ({{ $labels.organization }}) {{ $value }} blocos atrás da ponta</translation>
    </message>
    <message>
        <source>More than %1 blocks behind the highest fresh height.</source>
        <translation>Mais de %1 blocos atrás da maior altura recente.</translation>
    </message>
    <message>
        <source>Permissioning off on {{ $labels.node }} ({{ $labels.organization }})</source>
        <translation>Permissionamento desligado em {{ $labels.node }} ({{ $labels.organization }})</translation>
    </message>
    <message>
        <source>The node answers but exports no permissioning check counter, or its counters stayed flat for %1 while transactions were included.</source>
        <translation>O nó responde mas não exporta nenhum contador de verificação de permissionamento, ou seus contadores ficaram parados por %1 enquanto transações eram incluídas.</translation>
    </message>
    <message>
        <source>Level-1 data of {{ $labels.organization }} no longer arrives</source>
        <translation>Os dados de nível 1 de {{ $labels.organization }} não chegam mais</translation>
    </message>
    <message>
        <source>No sample of the institution&apos;s nodes newer than %1 s at this level 2.</source>
        <translation>Nenhuma amostra dos nós da instituição com menos de %1 s neste nível 2.</translation>
    </message>
    <message>
        <source>Observer access at risk</source>
        <translation>Acesso de observadores em risco</translation>
    </message>
    <message>
        <source>Fewer than %1 observer-boots answer, or all that answer are in one institution.</source>
        <translation>Menos de %1 observer-boots respondem, ou todos os que respondem são de uma só instituição.</translation>
    </message>
    <message>
        <source>rests on JSON-RPC or Sentinela&apos;s own history, no metric equivalent</source>
        <translation>depende do JSON-RPC ou do histórico do próprio Sentinela, sem métrica equivalente</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>No HTTP fetcher for %1</source>
        <translation>Nenhum cliente HTTP para %1</translation>
    </message>
</context>
<context>
    <name>PrometheusFederation</name>
    <message>
        <source>Prometheus %1</source>
        <translation>Prometheus %1</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>no Prometheus endpoint configured</source>
        <translation>nenhum endpoint Prometheus configurado</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>ainda não consultado</translation>
    </message>
    <message>
        <source>No Prometheus endpoint configured</source>
        <translation>Nenhum endpoint Prometheus configurado</translation>
    </message>
    <message>
        <source>%1 has no recent samples of %2</source>
        <translation>%1 não tem amostras recentes de %2</translation>
    </message>
    <message>
        <source>%1 serves stale data: newest sample is %2 s old (limit %3 s)</source>
        <translation>%1 fornece dados desatualizados: a amostra mais recente tem %2 s (limite %3 s)</translation>
    </message>
    <message>
        <source>No Prometheus endpoint could answer: %1</source>
        <translation>Nenhum endpoint Prometheus conseguiu responder: %1</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desatualizado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fora do ar</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>serving %1</source>
        <translation>usando %1</translation>
    </message>
    <message>
        <source>serving %1 (%2)</source>
        <translation>usando %1 (%2)</translation>
    </message>
    <message>
        <source>no endpoint serving (%1)</source>
        <translation>nenhum endpoint atendendo (%1)</translation>
    </message>
    <message>
        <source>%1 (no sample)</source>
        <translation>%1 (sem amostra)</translation>
    </message>
    <message>
        <source>%1 (%2 s old)</source>
        <translation>%1 (de %2 s atrás)</translation>
    </message>
    <message>
        <source>no fresh data of %1</source>
        <translation>sem dados recentes de %1</translation>
    </message>
</context>
<context>
    <name>PrometheusParse</name>
    <message>
        <source>Unexpected reply from %1: %2</source>
        <translation>Resposta inesperada de %1: %2</translation>
    </message>
    <message>
        <source>not a Prometheus API reply (no &quot;status&quot;)</source>
        <translation>não é uma resposta da API do Prometheus (sem &quot;status&quot;)</translation>
    </message>
    <message>
        <source>no error message</source>
        <translation>sem mensagem de erro</translation>
    </message>
    <message>
        <source>%1 reported an error (%2): %3</source>
        <translation>%1 informou um erro (%2): %3</translation>
    </message>
    <message>
        <source>&quot;data&quot; is missing</source>
        <translation>&quot;data&quot; ausente</translation>
    </message>
    <message>
        <source>&quot;data&quot; has no resultType/result</source>
        <translation>&quot;data&quot; sem resultType/result</translation>
    </message>
    <message>
        <source>&quot;result&quot; is not a list</source>
        <translation>&quot;result&quot; não é uma lista</translation>
    </message>
    <message>
        <source>a series is not an object</source>
        <translation>uma série não é um objeto</translation>
    </message>
    <message>
        <source>bad &quot;metric&quot; labels</source>
        <translation>rótulos de &quot;metric&quot; inválidos</translation>
    </message>
    <message>
        <source>a vector sample has no &quot;value&quot;</source>
        <translation>uma amostra de vetor não tem &quot;value&quot;</translation>
    </message>
    <message>
        <source>bad sample value %1</source>
        <translation>valor de amostra inválido %1</translation>
    </message>
    <message>
        <source>a matrix series has no &quot;values&quot;</source>
        <translation>uma série de matriz não tem &quot;values&quot;</translation>
    </message>
    <message>
        <source>bad scalar %1</source>
        <translation>escalar inválido %1</translation>
    </message>
    <message>
        <source>bad string result %1</source>
        <translation>resultado string inválido %1</translation>
    </message>
    <message>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation>resultType desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of series</source>
        <translation>&quot;data&quot; não é uma lista de séries</translation>
    </message>
    <message>
        <source>a series is not a label set</source>
        <translation>uma série não é um conjunto de rótulos</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of strings</source>
        <translation>&quot;data&quot; não é uma lista de strings</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object</source>
        <translation>&quot;data&quot; não é um objeto</translation>
    </message>
    <message>
        <source>a target is not an object</source>
        <translation>um alvo não é um objeto</translation>
    </message>
</context>
<context>
    <name>RecentBlocksModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>? undecodable</source>
        <translation>? não decodificável</translation>
    </message>
    <message>
        <source>%1 (round change)</source>
        <translation>%1 (troca de rodada)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 below quorum %2</source>
        <translation>%1 abaixo do quórum %2</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloco</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>Proponente</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Rodada</translation>
    </message>
    <message>
        <source>Seals k/N</source>
        <translation>Selos k/N</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transações</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gas usado</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sealed by %1 (%2 of %3 validators; quorum %4). A block carries the seals its importer had when the quorum was reached, so fewer than every validator is normal.</source>
        <translation>Selado por %1 (%2 de %3 validadores; quórum %4). Um bloco leva os selos que seu importador tinha quando o quórum foi atingido, por isso menos que todos os validadores é normal.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report: --from: &quot;%1&quot; is not a date such as 2026-12-01 or 2026-12-01T09:00</source>
        <translation>report: --from: &quot;%1&quot; não é uma data como 2026-12-01 ou 2026-12-01T09:00</translation>
    </message>
    <message>
        <source>report: --to: &quot;%1&quot; is not a date such as 2026-12-06 or 2026-12-06T18:00</source>
        <translation>report: --to: &quot;%1&quot; não é uma data como 2026-12-06 ou 2026-12-06T18:00</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>relatório: %1</translation>
    </message>
    <message>
        <source>report: no profile</source>
        <translation>report: sem perfil</translation>
    </message>
    <message>
        <source>one collection pass at %1 and the incident book</source>
        <translation>uma passada de coleta em %1 e o livro de incidentes</translation>
    </message>
    <message>
        <source>report: the period is empty (--from %1 is not before --to %2)</source>
        <translation>report: o período está vazio (--from %1 não é anterior a --to %2)</translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 blocks, %5 validators, %6 incidents, %7 recurring problems</source>
        <translation>%1: %2 a %3, %4 blocos, %5 validadores, %6 incidentes, %7 problemas recorrentes</translation>
    </message>
    <message>
        <source>snapshot %1 (verdict of verify-snapshot: %2)</source>
        <translation>snapshot %1 (veredito do verify-snapshot: %2)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Committee report</source>
        <translation>Relatório para os comitês</translation>
    </message>
    <message>
        <source>Availability, the validators&apos; OLA, incidents and recurring problems over a period, for the Technical and Executive Committees.</source>
        <translation>Disponibilidade, OLA dos validadores, incidentes e problemas recorrentes num período, para os Comitês Técnico e Executivo.</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Até:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>report.pdf or report.md</source>
        <translation>relatorio.pdf ou relatorio.md</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>The data held covers %1 to %2; outside it the report says the history is partial.</source>
        <translation>Os dados mantidos cobrem de %1 a %2; fora disso o relatório diz que o histórico é parcial.</translation>
    </message>
    <message>
        <source>No block is held yet: the report will say so.</source>
        <translation>Nenhum bloco mantido ainda: o relatório dirá isso.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>met</source>
        <translation>cumprido</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>não cumprido</translation>
    </message>
    <message>
        <source>undecided: partial history</source>
        <translation>indefinido: histórico parcial</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>produced / expected, target met</source>
        <translation>produzidos / esperados, meta cumprida</translation>
    </message>
    <message>
        <source>below the %1 target (dashed)</source>
        <translation>abaixo da meta de %1 (tracejada)</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>horário de atendimento</translation>
    </message>
    <message>
        <source>not in the history</source>
        <translation>fora do histórico</translation>
    </message>
    <message>
        <source>longest interval under %1 s</source>
        <translation>maior intervalo abaixo de %1 s</translation>
    </message>
    <message>
        <source>from %1 s</source>
        <translation>a partir de %1 s</translation>
    </message>
    <message>
        <source>blocks proposed</source>
        <translation>blocos propostos</translation>
    </message>
    <message>
        <source>expected share</source>
        <translation>participação esperada</translation>
    </message>
    <message>
        <source>OLA yellow</source>
        <translation>OLA amarelo</translation>
    </message>
    <message>
        <source>OLA red</source>
        <translation>OLA vermelho</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Operations report: %1</source>
        <translation>Relatório de operação: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3). For the Technical and Executive Committees.</source>
        <translation>Período: %1 a %2 (%3). Para os Comitês Técnico e Executivo.</translation>
    </message>
    <message>
        <source>the institution&apos;s own collection</source>
        <translation>a coleta da própria instituição</translation>
    </message>
    <message>
        <source>an unnamed institution</source>
        <translation>uma instituição sem nome</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Blocks produced: %1 of %2 expected (%3; target %4): %5.</source>
        <translation>Blocos produzidos: %1 de %2 esperados (%3; meta %4): %5.</translation>
    </message>
    <message>
        <source>In service hours: none in the period.</source>
        <translation>Em horário de atendimento: nenhum no período.</translation>
    </message>
    <message>
        <source>In service hours: %1 of %2 expected (%3): %4.</source>
        <translation>Em horário de atendimento: %1 de %2 esperados (%3): %4.</translation>
    </message>
    <message>
        <source>Block intervals under %1 s: %2 (target %3); under %4 s: %5 (target %6).</source>
        <translation>Intervalos entre blocos abaixo de %1 s: %2 (meta %3); abaixo de %4 s: %5 (meta %6).</translation>
    </message>
    <message>
        <source>Every validator within its OLA (or without enough data).</source>
        <translation>Todos os validadores dentro do OLA (ou sem dados suficientes).</translation>
    </message>
    <message>
        <source>Validators below their OLA: %1.</source>
        <translation>Validadores abaixo do OLA: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation>
            <numerusform>%n incidente no período</numerusform>
            <numerusform>%n incidentes no período</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation>
            <numerusform>%n crítico</numerusform>
            <numerusform>%n críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer deadline missed %n time(s), action deadline %1.</source>
        <translation>
            <numerusform>prazo de resposta perdido %n vez, prazo de ação %1.</numerusform>
            <numerusform>prazo de resposta perdido %n vezes, prazo de ação %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring problem(s): the same rule on the same node more than once.</source>
        <translation>
            <numerusform>%n problema recorrente: a mesma regra no mesmo nó mais de uma vez.</numerusform>
            <numerusform>%n problemas recorrentes: a mesma regra no mesmo nó mais de uma vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>No block of the period is in the data.</source>
        <translation>Nenhum bloco do período está nos dados.</translation>
    </message>
    <message>
        <source>The data reaches back to %1 only: the figures count from there (%2 blocks missing in holes).</source>
        <translation>Os dados só chegam até %1: os números contam a partir daí (%2 blocos faltando em lacunas).</translation>
    </message>
    <message>
        <source>The data covers the whole period (%1 blocks missing in holes, interpolated).</source>
        <translation>Os dados cobrem todo o período (%1 blocos faltando em lacunas, interpolados).</translation>
    </message>
    <message>
        <source>Expected blocks are the seconds counted divided by the block period (%1 s); service hours are %2 to %3 on working days (%4), holidays excluded. %5</source>
        <translation>Os blocos esperados são os segundos contados divididos pelo período de bloco (%1 s); o horário de atendimento é das %2 às %3 em dias úteis (%4), exceto feriados. %5</translation>
    </message>
    <message>
        <source>Time counted</source>
        <translation>Tempo contado</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produzidos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Percentual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation>nenhum no período</translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation>Período inteiro</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>Horário de atendimento</translation>
    </message>
    <message>
        <source>Blocks produced against expected, per %1</source>
        <translation>Blocos produzidos contra esperados, por %1</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocos</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalos</translation>
    </message>
    <message>
        <source>Under %1 s (target %2)</source>
        <translation>Abaixo de %1 s (meta %2)</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Percentil 95</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Maior</translation>
    </message>
    <message>
        <source>Round changes</source>
        <translation>Trocas de rodada</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>In service hours</source>
        <translation>Em horário de atendimento</translation>
    </message>
    <message>
        <source>Out of service hours</source>
        <translation>Fora do horário de atendimento</translation>
    </message>
    <message>
        <source>Block intervals: the time between a block and its parent, by when the block closed.</source>
        <translation>Intervalos entre blocos: o tempo entre um bloco e seu pai, pelo momento em que o bloco fechou.</translation>
    </message>
    <message>
        <source>Longest block interval per %1</source>
        <translation>Maior intervalo entre blocos por %1</translation>
    </message>
    <message>
        <source>Validators (OLA)</source>
        <translation>Validadores (OLA)</translation>
    </message>
    <message>
        <source>No block of the period carries seals that could be analysed.</source>
        <translation>Nenhum bloco do período traz selos que possam ser analisados.</translation>
    </message>
    <message>
        <source>Blocks %1 to %2 (%3 blocks). A validator&apos;s share of proposed blocks is judged against the OLA table for the validator count; signing counts the committed seals it has in the blocks it was a validator for.</source>
        <translation>Blocos %1 a %2 (%3 blocos). A participação de um validador nos blocos propostos é julgada pela tabela de OLA para o número de validadores; a assinatura conta os selos de commit que ele tem nos blocos em que era validador.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propostos</translation>
    </message>
    <message>
        <source>OLA yellow / red</source>
        <translation>OLA amarelo / vermelho</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinados</translation>
    </message>
    <message>
        <source>Round changes on its turns</source>
        <translation>Trocas de rodada nas suas vezes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(not in the inventory)</source>
        <translation>(fora do inventário)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Share of blocks proposed per validator</source>
        <translation>Participação nos blocos propostos por validador</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>No incident was open in the period.</source>
        <translation>Nenhum incidente esteve aberto no período.</translation>
    </message>
    <message>
        <source>Times to acknowledge and to resolve count service hours only. Critical incidents must be answered within %1 service hours and acted on within %2.</source>
        <translation>Os tempos até o reconhecimento e até a resolução contam só o horário de atendimento. Incidentes críticos devem ser respondidos em até %1 horas de atendimento e tratados em até %2.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>nº</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation>Até o reconhecimento</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>Até a resolução</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Prazos</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>resposta</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation>perdido: %1</translation>
    </message>
    <message>
        <source>open (%1)</source>
        <translation>aberto (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation>%1 de %2 passos</translation>
    </message>
    <message numerus="yes">
        <source>%n more incident(s) not listed.</source>
        <translation>
            <numerusform>Mais %n incidente não listado.</numerusform>
            <numerusform>Mais %n incidentes não listados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation>Problemas recorrentes</translation>
    </message>
    <message>
        <source>No rule fired more than once on the same node in the period.</source>
        <translation>Nenhuma regra disparou mais de uma vez no mesmo nó no período.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Node or subject</source>
        <translation>Nó ou objeto</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Vezes</translation>
    </message>
    <message>
        <source>Open in service hours</source>
        <translation>Aberto em horário de atendimento</translation>
    </message>
    <message>
        <source>Open in total</source>
        <translation>Aberto no total</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primeiro</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>a rede</translation>
    </message>
    <message>
        <source>%1: a report is written as .pdf or .md</source>
        <translation>%1: um relatório é gravado como .pdf ou .md</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Usage and accountability</source>
        <translation>Uso e responsabilização</translation>
    </message>
    <message>
        <source>The data holds no transaction usage: the blocks&apos; transactions were not read when it was collected.</source>
        <translation>Os dados não trazem uso por transações: as transações dos blocos não foram lidas na coleta.</translation>
    </message>
    <message>
        <source>%1 transactions in %2 blocks of the period, %3 failed, %4 gas used. Each sender account is attributed to the institution that answers for it in the profile or, where the profile does not list it, by the permissioning contract.</source>
        <translation>%1 transações em %2 blocos do período, %3 com falha, %4 de gás usado. Cada conta remetente é atribuída à instituição que responde por ela no perfil ou, quando o perfil não a lista, pelo contrato de permissionamento.</translation>
    </message>
    <message>
        <source>The transactions read reach back to %1 only: the figures count from there.</source>
        <translation>As transações lidas só alcançam até %1: os números contam a partir daí.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) without a receipt count without gas.</source>
        <translation>
            <numerusform>%n transação sem recibo conta sem gás.</numerusform>
            <numerusform>%n transações sem recibo contam sem gás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sender account of the period is answered for by an institution.</source>
        <translation>Toda conta remetente do período tem uma instituição responsável por ela.</translation>
    </message>
    <message numerus="yes">
        <source>%n sender account(s) that no institution answers for: the accountability gap. The Operations Manual makes the institution that permissioned an account answer for it.</source>
        <translation>
            <numerusform>%n conta remetente pela qual nenhuma instituição responde: a lacuna de responsabilização. O Manual de Operações torna a instituição que permissionou uma conta responsável por ela.</numerusform>
            <numerusform>%n contas remetentes pelas quais nenhuma instituição responde: a lacuna de responsabilização. O Manual de Operações torna a instituição que permissionou uma conta responsável por ela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transações</translation>
    </message>
    <message>
        <source>Share of gas</source>
        <translation>Parcela do gás</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>Why unattributed</source>
        <translation>Por que sem instituição</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) not listed.</source>
        <translation>
            <numerusform>Mais %n conta não listada.</numerusform>
            <numerusform>Mais %n contas não listadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Por segundo</translation>
    </message>
    <message>
        <source>Top contracts</source>
        <translation>Contratos mais chamados</translation>
    </message>
    <message>
        <source>The contracts called most, by gas used:</source>
        <translation>Os contratos mais chamados, por gás usado:</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>(contract creations)</source>
        <translation>(criações de contrato)</translation>
    </message>
    <message>
        <source>Transaction usage: not in the data.</source>
        <translation>Uso por transações: não consta dos dados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 transactions from %n sender account(s)</source>
        <translation>
            <numerusform>%1 transações de %n conta remetente</numerusform>
            <numerusform>%1 transações de %n contas remetentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) that no institution answers for.</source>
        <translation>
            <numerusform>%n conta pela qual nenhuma instituição responde.</numerusform>
            <numerusform>%n contas pelas quais nenhuma instituição responde.</numerusform>
        </translation>
    </message>
    <message>
        <source>every one answered for by an institution.</source>
        <translation>todas com uma instituição responsável.</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>não foi possível iniciar o PDF</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Network %1, chain id %2. Data: %3, captured by %4 on %5. Report generated on %6 with Sentinela %7.</source>
        <translation>Rede %1, chain id %2. Dados: %3, capturados por %4 em %5. Relatório gerado em %6 com o Sentinela %7.</translation>
    </message>
</context>
<context>
    <name>Rlp</name>
    <message>
        <source>truncated input: an item was expected</source>
        <translation>entrada truncada: esperava-se um item</translation>
    </message>
    <message>
        <source>truncated input: the length of the item does not fit</source>
        <translation>entrada truncada: o comprimento do item não cabe</translation>
    </message>
    <message>
        <source>non-canonical length: leading zero byte</source>
        <translation>comprimento não canônico: byte zero à esquerda</translation>
    </message>
    <message>
        <source>non-canonical length: long form used for %1 bytes</source>
        <translation>comprimento não canônico: forma longa usada para %1 bytes</translation>
    </message>
    <message>
        <source>truncated input: the item claims %1 bytes but only %2 remain</source>
        <translation>entrada truncada: o item declara %1 bytes, mas restam apenas %2</translation>
    </message>
    <message>
        <source>non-canonical encoding: single byte below 0x80 written with a prefix</source>
        <translation>codificação não canônica: byte único abaixo de 0x80 escrito com prefixo</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>aninhamento com mais de %1 níveis</translation>
    </message>
    <message>
        <source>RLP at offset %1: %2</source>
        <translation>RLP na posição %1: %2</translation>
    </message>
    <message>
        <source>RLP: empty input</source>
        <translation>RLP: entrada vazia</translation>
    </message>
    <message>
        <source>RLP at offset %1: %2 trailing bytes after the item</source>
        <translation>RLP na posição %1: %2 bytes sobrando após o item</translation>
    </message>
    <message>
        <source>RLP: a scalar was expected but found a list</source>
        <translation>RLP: esperado um escalar, mas encontrada uma lista</translation>
    </message>
    <message>
        <source>RLP: scalar has a leading zero byte</source>
        <translation>RLP: escalar com byte zero à esquerda</translation>
    </message>
    <message>
        <source>RLP: scalar of %1 bytes exceeds the maximum of %2</source>
        <translation>RLP: escalar de %1 bytes excede o máximo de %2</translation>
    </message>
</context>
<context>
    <name>Secp256k1</name>
    <message>
        <source>the hash must be 32 bytes, got %1</source>
        <translation>o hash deve ter 32 bytes, recebido %1</translation>
    </message>
    <message>
        <source>the signature must be 65 bytes, got %1</source>
        <translation>a assinatura deve ter 65 bytes, recebido %1</translation>
    </message>
    <message>
        <source>invalid recovery id %1 (expected 0 to 3)</source>
        <translation>id de recuperação inválido %1 (esperado de 0 a 3)</translation>
    </message>
    <message>
        <source>invalid signature: r or s out of range</source>
        <translation>assinatura inválida: r ou s fora do intervalo</translation>
    </message>
    <message>
        <source>public key recovery failed</source>
        <translation>falha na recuperação da chave pública</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>secret &quot;%1&quot; is not in the keychain and plain-text secrets are not allowed</source>
        <translation>o segredo &quot;%1&quot; não está no chaveiro do sistema e segredos em texto puro não são permitidos</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>a variável de ambiente %1 não está definida</translation>
    </message>
    <message>
        <source>cannot read secret file %1: %2</source>
        <translation>não foi possível ler o arquivo de segredo %1: %2</translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot;: %2</source>
        <translation>entrada &quot;%1&quot; do chaveiro do sistema: %2</translation>
    </message>
    <message>
        <source>secret file %1 is larger than %2 bytes: not a secret; refused</source>
        <translation>o arquivo de segredo %1 tem mais de %2 bytes: não é um segredo; recusado</translation>
    </message>
    <message>
        <source>secret file %1 is readable by its group or by everyone; restrict it (chmod 600)</source>
        <translation>o arquivo de segredo %1 pode ser lido pelo grupo ou por todos; restrinja-o (chmod 600)</translation>
    </message>
</context>
<context>
    <name>SignerCheck</name>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>No qbft_getSignerMetrics reply lists this validator yet.</source>
        <translation>Nenhuma resposta de qbft_getSignerMetrics lista este validador ainda.</translation>
    </message>
    <message>
        <source>missing from RPC</source>
        <translation>ausente no RPC</translation>
    </message>
    <message>
        <source>The RPC reply does not list it, but it proposed %1 of the blocks held.</source>
        <translation>A resposta RPC não o lista, mas ele propôs %1 dos blocos em memória.</translation>
    </message>
    <message>
        <source>RPC says %1, blocks say %2</source>
        <translation>o RPC diz %1, os blocos dizem %2</translation>
    </message>
    <message>
        <source>The RPC reply counts %1 proposed blocks; the blocks held show %2.</source>
        <translation>A resposta RPC conta %1 blocos propostos; os blocos em memória mostram %2.</translation>
    </message>
    <message>
        <source>outside the range</source>
        <translation>fora do intervalo</translation>
    </message>
    <message>
        <source>another proposer</source>
        <translation>outro proponente</translation>
    </message>
    <message>
        <source>RPC says last #%1, blocks say %2</source>
        <translation>o RPC diz último #%1, os blocos dizem %2</translation>
    </message>
    <message>
        <source>The RPC reply gives block #%1 as its last proposal; the blocks held say %2.</source>
        <translation>A resposta RPC dá o bloco #%1 como sua última proposta; os blocos em memória dizem %2.</translation>
    </message>
    <message>
        <source>blocks %1–%2</source>
        <translation>blocos %1–%2</translation>
    </message>
    <message>
        <source>blocks from %1–%2 to %3–%4</source>
        <translation>blocos de %1–%2 a %3–%4</translation>
    </message>
    <message>
        <source>Range: %1.</source>
        <translation>Intervalo: %1.</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>não comparável</translation>
    </message>
    <message>
        <source>The RPC reply counts %1 proposed blocks over %2, which the history in memory does not fully hold.</source>
        <translation>A resposta RPC conta %1 blocos propostos em %2, que o histórico em memória não contém por inteiro.</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>confere</translation>
    </message>
    <message>
        <source>qbft_getSignerMetrics agrees with the blocks: %1 proposed over %2.</source>
        <translation>qbft_getSignerMetrics confere com os blocos: %1 propostos em %2.</translation>
    </message>
</context>
<context>
    <name>SnapshotBlockTable</name>
    <message>
        <source>%1: the table ends early</source>
        <translation>%1: a tabela termina antes do esperado</translation>
    </message>
    <message>
        <source>%1: %2 items cannot fit in the %3 bytes left</source>
        <translation>%1: %2 itens não cabem nos %3 bytes restantes</translation>
    </message>
    <message>
        <source>not a block table</source>
        <translation>não é uma tabela de blocos</translation>
    </message>
    <message>
        <source>block table version %1, this version reads %2</source>
        <translation>tabela de blocos na versão %1; esta versão lê a %2</translation>
    </message>
    <message>
        <source>source: no node name %1</source>
        <translation>source: não há nome de nó %1</translation>
    </message>
    <message>
        <source>optional fields: unknown bits 0x%1</source>
        <translation>campos opcionais: bits desconhecidos 0x%1</translation>
    </message>
    <message>
        <source>number: %1 after %2 (blocks must ascend)</source>
        <translation>number: %1 depois de %2 (os blocos devem estar em ordem crescente)</translation>
    </message>
    <message>
        <source>seal.quorumMet: %1 is not 0 or 1</source>
        <translation>seal.quorumMet: %1 não é 0 nem 1</translation>
    </message>
    <message>
        <source>%1 bytes after the last block</source>
        <translation>%1 bytes depois do último bloco</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>snapshot: cannot read the signing key %1: %2</source>
        <translation>snapshot: não foi possível ler a chave de assinatura %1: %2</translation>
    </message>
    <message>
        <source>snapshot: the incident book %1 does not open (%2); no incidents included</source>
        <translation>snapshot: o livro de incidentes %1 não abre (%2); nenhum incidente incluído</translation>
    </message>
    <message>
        <source>snapshot: no incident book at %1</source>
        <translation>snapshot: nenhum livro de incidentes em %1</translation>
    </message>
    <message>
        <source>snapshot: not every source answered within %1 ms; writing what arrived</source>
        <translation>snapshot: nem todas as fontes responderam em %1 ms; gravando o que chegou</translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 blocks, %4 incidents, %5 bytes%6</source>
        <translation>%1: %2 nós, %3 blocos, %4 incidentes, %5 bytes%6</translation>
    </message>
    <message>
        <source>, unsigned</source>
        <translation>, sem assinatura</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, assinado</translation>
    </message>
    <message>
        <source>schema %1, app %2, window %3 to %4, %5 nodes, %6 blocks, %7 incidents</source>
        <translation>esquema %1, aplicativo %2, janela de %3 a %4, %5 nós, %6 blocos, %7 incidentes</translation>
    </message>
    <message>
        <source>valid: digest ok, %1</source>
        <translation>válido: digest ok, %1</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: não foi possível ler %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 is neither a PEM public key nor a profile with snapshots.trustedKeys</source>
        <translation>%1: %2 não é uma chave pública PEM nem um perfil com snapshots.trustedKeys</translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation>INVÁLIDO: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotCrypto</name>
    <message>
        <source>out of memory</source>
        <translation>memória esgotada</translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation>não é uma chave privada PEM</translation>
    </message>
    <message>
        <source>not a PEM public key</source>
        <translation>não é uma chave pública PEM</translation>
    </message>
    <message>
        <source>the key is not an Ed25519 key</source>
        <translation>a chave não é uma chave Ed25519</translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation>a assinatura falhou: %1</translation>
    </message>
    <message>
        <source>cannot write the public key: %1</source>
        <translation>não foi possível escrever a chave pública: %1</translation>
    </message>
    <message>
        <source>cannot verify: %1</source>
        <translation>não foi possível verificar: %1</translation>
    </message>
    <message>
        <source>the signature does not match the key and the header</source>
        <translation>a assinatura não confere com a chave e o cabeçalho</translation>
    </message>
</context>
<context>
    <name>SnapshotHeader</name>
    <message>
        <source>header field %1: %2</source>
        <translation>campo %1 do cabeçalho: %2</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperado um objeto</translation>
    </message>
    <message>
        <source>missing or not a version number</source>
        <translation>ausente ou não é um número de versão</translation>
    </message>
    <message>
        <source>missing or negative</source>
        <translation>ausente ou negativo</translation>
    </message>
    <message>
        <source>expected sha256: and 64 hex digits</source>
        <translation>esperado sha256: e 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>expected an Ed25519 signature</source>
        <translation>esperada uma assinatura Ed25519</translation>
    </message>
    <message>
        <source>publicKey or value missing</source>
        <translation>publicKey ou value ausente</translation>
    </message>
    <message>
        <source>not a size within the content</source>
        <translation>não é um tamanho dentro do conteúdo</translation>
    </message>
</context>
<context>
    <name>SnapshotJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>esperado um objeto</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>esperada uma lista</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>esperado um texto</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>esperado um número inteiro</translation>
    </message>
    <message>
        <source>expected a whole number of at least 0</source>
        <translation>esperado um número inteiro maior ou igual a 0</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>esperado um número</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperado true ou false</translation>
    </message>
    <message>
        <source>expected 0x-prefixed hex with an even number of digits</source>
        <translation>esperado hexadecimal com prefixo 0x e número par de dígitos</translation>
    </message>
    <message>
        <source>atDelta, height and peers differ in length</source>
        <translation>atDelta, height e peers têm tamanhos diferentes</translation>
    </message>
    <message>
        <source>expected [time, value]</source>
        <translation>esperado [tempo, valor]</translation>
    </message>
    <message>
        <source>unexpected value: %1</source>
        <translation>valor inesperado: %1</translation>
    </message>
    <message>
        <source>no such sample</source>
        <translation>amostra inexistente</translation>
    </message>
    <message>
        <source>present although the blocks are in the block table</source>
        <translation>presente embora os blocos estejam na tabela de blocos</translation>
    </message>
    <message>
        <source>expected [since, lastSeen, list]</source>
        <translation>esperado [since, lastSeen, lista]</translation>
    </message>
    <message>
        <source>no such list</source>
        <translation>lista inexistente</translation>
    </message>
    <message>
        <source>times out of order</source>
        <translation>horários fora de ordem</translation>
    </message>
    <message>
        <source>not as long as atDelta</source>
        <translation>não tem o mesmo tamanho que atDelta</translation>
    </message>
    <message>
        <source>expected %1 ages a reading</source>
        <translation>esperadas %1 idades por leitura</translation>
    </message>
    <message>
        <source>expected an age of at least 0, or -1</source>
        <translation>esperada uma idade de pelo menos 0, ou -1</translation>
    </message>
    <message>
        <source>%1 after %2 (blocks must ascend)</source>
        <translation>%1 depois de %2 (os blocos devem estar em ordem crescente)</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>out of memory</source>
        <translation>memória esgotada</translation>
    </message>
    <message>
        <source>the compressed content is damaged (%1)</source>
        <translation>o conteúdo comprimido está danificado (%1)</translation>
    </message>
    <message>
        <source>refused: the content expands past %1 bytes (a decompression bomb?)</source>
        <translation>recusado: o conteúdo se expande além de %1 bytes (uma bomba de descompressão?)</translation>
    </message>
    <message>
        <source>the compressed content ends early</source>
        <translation>o conteúdo comprimido termina antes do fim</translation>
    </message>
    <message>
        <source>the content has %1 bytes, the header says %2</source>
        <translation>o conteúdo tem %1 bytes, o cabeçalho diz %2</translation>
    </message>
    <message>
        <source>refused: %1 bytes, more than the %2 a snapshot may have</source>
        <translation>recusado: %1 bytes, mais que os %2 que um snapshot pode ter</translation>
    </message>
    <message>
        <source>not a Sentinela snapshot (no SNTLSNAP signature at the start)</source>
        <translation>não é um snapshot do Sentinela (sem a assinatura SNTLSNAP no início)</translation>
    </message>
    <message>
        <source>truncated: the file ends inside its header</source>
        <translation>truncado: o arquivo termina dentro do cabeçalho</translation>
    </message>
    <message>
        <source>corrupted: a header of %1 bytes</source>
        <translation>corrompido: um cabeçalho de %1 bytes</translation>
    </message>
    <message>
        <source>snapshot header</source>
        <translation>cabeçalho do snapshot</translation>
    </message>
    <message>
        <source>corrupted header: %1</source>
        <translation>cabeçalho corrompido: %1</translation>
    </message>
    <message>
        <source>made by a newer Sentinela (%1: file format %2, schema %3); this version %4 reads up to format %5, schema %6. Open it with Sentinela %1 or later.</source>
        <translation>feito por um Sentinela mais novo (%1: formato de arquivo %2, esquema %3); esta versão %4 lê até o formato %5, esquema %6. Abra-o com o Sentinela %1 ou posterior.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versão desconhecida</translation>
    </message>
    <message>
        <source>truncated: %1 of the %2 bytes of content are present</source>
        <translation>truncado: %1 dos %2 bytes do conteúdo estão presentes</translation>
    </message>
    <message>
        <source>corrupted: %1 bytes after the content</source>
        <translation>corrompido: %1 bytes depois do conteúdo</translation>
    </message>
    <message>
        <source>digest mismatch: the content is not the one the header&apos;s SHA-256 describes (altered or damaged)</source>
        <translation>digest não confere: o conteúdo não é o que o SHA-256 do cabeçalho descreve (alterado ou danificado)</translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation>assinatura inválida: %1</translation>
    </message>
    <message>
        <source>signed by %1 (trusted key)</source>
        <translation>assinado por %1 (chave confiável)</translation>
    </message>
    <message>
        <source>signed with %1&apos;s key, but it claims to come from %2: untrusted</source>
        <translation>assinado com a chave de %1, mas diz vir de %2: não confiável</translation>
    </message>
    <message>
        <source>signed by a key not trusted for %1 (untrusted)</source>
        <translation>assinado por uma chave não confiável para %1 (não confiável)</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sem assinatura</translation>
    </message>
    <message>
        <source>refused: the content would be %1 bytes, more than the %2 allowed</source>
        <translation>recusado: o conteúdo teria %1 bytes, mais que os %2 permitidos</translation>
    </message>
    <message>
        <source>snapshot content</source>
        <translation>conteúdo do snapshot</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>conteúdo: %1</translation>
    </message>
    <message>
        <source>snapshot profile</source>
        <translation>perfil do snapshot</translation>
    </message>
    <message>
        <source>the profile in the snapshot does not read: %1</source>
        <translation>o perfil dentro do snapshot não pode ser lido: %1</translation>
    </message>
    <message>
        <source>no network &quot;%1&quot;</source>
        <translation>nenhuma rede &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: refused: %2 bytes, more than the %3 a snapshot may have</source>
        <translation>%1: recusado: %2 bytes, mais que os %3 que um snapshot pode ter</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2 by %3 — %4</source>
        <translation>Snapshot de %1 feito em %2 por %3 — %4</translation>
    </message>
    <message>
        <source>an unnamed institution</source>
        <translation>uma instituição sem nome</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>no incident &quot;%1&quot; in the incident book</source>
        <translation>nenhum incidente &quot;%1&quot; no livro de incidentes</translation>
    </message>
    <message>
        <source>compression failed: %1</source>
        <translation>a compressão falhou: %1</translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation>não foi possível assinar: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>SourceHealth</name>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>degradado</translation>
    </message>
    <message>
        <source>down</source>
        <translation>fora do ar</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>node</source>
        <translation>nó</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>institution</source>
        <translation>instituição</translation>
    </message>
    <message>
        <source>height</source>
        <translation>altura</translation>
    </message>
    <message>
        <source>lag</source>
        <translation>atraso</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>pares</translation>
    </message>
    <message>
        <source>up</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>status: not every source answered within %1 ms; judging what arrived</source>
        <translation>status: nem todas as fontes responderam em %1 ms; avaliando o que chegou</translation>
    </message>
    <message>
        <source>Network %1 — tip %2, newest block %3</source>
        <translation>Rede %1 — topo %2, bloco mais novo %3</translation>
    </message>
    <message>
        <source>%1 s old</source>
        <translation>de %1 s atrás</translation>
    </message>
    <message>
        <source>of unknown age</source>
        <translation>de idade desconhecida</translation>
    </message>
    <message>
        <source>data age</source>
        <translation>idade dos dados</translation>
    </message>
    <message>
        <source>%1 s, stale</source>
        <translation>%1 s, desatualizado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONHECIDO</translation>
    </message>
    <message>
        <source>Pending validator votes</source>
        <translation>Votos de validador pendentes</translation>
    </message>
</context>
<context>
    <name>StatusDetections</name>
    <message>
        <source>%1 cannot tell: %2 (%3)</source>
        <translation>%1 não é possível dizer: %2 (%3)</translation>
    </message>
    <message>
        <source>Incidents: none detected by this pass</source>
        <translation>Incidentes: nenhum detectado nesta passada</translation>
    </message>
    <message numerus="yes">
        <source>Incidents detected by this pass: %n</source>
        <translation>
            <numerusform>Incidentes detectados nesta passada: %n</numerusform>
            <numerusform>Incidentes detectados nesta passada: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeCursor</name>
    <message>
        <source>Back one block</source>
        <translation>Voltar um bloco</translation>
    </message>
    <message>
        <source>Forward one block</source>
        <translation>Avançar um bloco</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Playback speed: snapshot seconds per real second</source>
        <translation>Velocidade de reprodução: segundos do snapshot por segundo real</translation>
    </message>
    <message>
        <source>The moment every page shows: drag to replay the snapshot&apos;s window</source>
        <translation>O momento que todas as páginas mostram: arraste para reproduzir a janela do snapshot</translation>
    </message>
    <message>
        <source>Time cursor</source>
        <translation>Cursor de tempo</translation>
    </message>
    <message>
        <source>Time cursor:</source>
        <translation>Cursor de tempo:</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>(capture time)</source>
        <translation>(momento da captura)</translation>
    </message>
    <message>
        <source>(%1 before capture)</source>
        <translation>(%1 antes da captura)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Play the window from this moment</source>
        <translation>Reproduzir a janela a partir deste momento</translation>
    </message>
</context>
<context>
    <name>TimeWindowBox</name>
    <message>
        <source>Last 100 blocks</source>
        <translation>Últimos 100 blocos</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
</context>
<context>
    <name>TopologyLegend</name>
    <message>
        <source>link (arrow: accepting side)</source>
        <translation>conexão (seta: lado que aceita)</translation>
    </message>
    <message>
        <source>expected link missing</source>
        <translation>conexão esperada ausente</translation>
    </message>
    <message>
        <source>⚠ few peers / validator short of quorum</source>
        <translation>⚠ poucos pares / validador sem quórum</translation>
    </message>
    <message>
        <source>✂ cut off from the main partition</source>
        <translation>✂ isolado da partição principal</translation>
    </message>
    <message>
        <source>fill colour: institution</source>
        <translation>cor de preenchimento: instituição</translation>
    </message>
</context>
<context>
    <name>TopologyNodeModel</name>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>Boot</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Writer</translation>
    </message>
    <message>
        <source>Observer-boot</source>
        <translation>Observer-boot</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Public observers</source>
        <translation>Observadores públicos</translation>
    </message>
    <message>
        <source>Peers not in the inventory</source>
        <translation>Pares fora do inventário</translation>
    </message>
    <message>
        <source>isolated in partition %1 of %2</source>
        <translation>isolado na partição %1 de %2</translation>
    </message>
    <message>
        <source>linked to %1 of %2 validators, quorum needs %3</source>
        <translation>conectado a %1 de %2 validadores, o quórum exige %3</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), below the minimum of %1</source>
        <translation>
            <numerusform>%n par, abaixo do mínimo de %1</numerusform>
            <numerusform>%n pares, abaixo do mínimo de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected link(s) missing</source>
        <translation>
            <numerusform>%n conexão esperada ausente</numerusform>
            <numerusform>%n conexões esperadas ausentes</numerusform>
        </translation>
    </message>
    <message>
        <source>no peer information</source>
        <translation>sem informação de pares</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Missing links</source>
        <translation>Conexões ausentes</translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>Peer topology</source>
        <translation>Topologia de pares</translation>
    </message>
    <message>
        <source>Which node is connected to which, from every reachable node&apos;s admin_peers: missing static links, partitions, nodes with few peers and validators that do not reach a quorum of validators directly.</source>
        <translation>Quem está conectado a quem, segundo o admin_peers de cada nó alcançável: conexões estáticas ausentes, partições, nós com poucos pares e validadores que não alcançam diretamente um quórum de validadores.</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Localizar nó…</translation>
    </message>
    <message>
        <source>Minimum peers:</source>
        <translation>Mínimo de pares:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <source>Click a node to see its details.</source>
        <translation>Clique em um nó para ver os detalhes.</translation>
    </message>
    <message>
        <source>No network is configured: the profile lists no nodes.</source>
        <translation>Nenhuma rede configurada: o perfil não lista nenhum nó.</translation>
    </message>
    <message>
        <source>No node has answered admin_peers yet: at least one node&apos;s JSON-RPC must be reachable with the ADMIN namespace enabled.</source>
        <translation>Nenhum nó respondeu a admin_peers ainda: o JSON-RPC de pelo menos um nó precisa estar acessível com o namespace ADMIN habilitado.</translation>
    </message>
    <message>
        <source>ADMIN is disabled on: %1.</source>
        <translation>ADMIN desabilitado em: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 nodes report their peers.</source>
        <translation>%1 de %2 nós informam seus pares.</translation>
    </message>
    <message numerus="yes">
        <source>✂ The network is split into %n partition(s).</source>
        <translation>
            <numerusform>✂ A rede está dividida em %n partição.</numerusform>
            <numerusform>✂ A rede está dividida em %n partições.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected link(s) missing.</source>
        <translation>
            <numerusform>%n conexão esperada ausente.</numerusform>
            <numerusform>%n conexões esperadas ausentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n validator(s) not directly linked to a quorum (%1 of %2).</source>
        <translation>
            <numerusform>⚠ %n validador sem conexão direta com um quórum (%1 de %2).</numerusform>
            <numerusform>⚠ %n validadores sem conexão direta com um quórum (%1 de %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n node(s) with fewer than %1 peers.</source>
        <translation>
            <numerusform>⚠ %n nó com menos de %1 pares.</numerusform>
            <numerusform>⚠ %n nós com menos de %1 pares.</numerusform>
        </translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation>Nenhum nó corresponde a “%1”.</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>de saída</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>de entrada</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>nos dois sentidos</translation>
    </message>
    <message>
        <source>direction unknown</source>
        <translation>sentido desconhecido</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Instituição:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation>Pares:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Anonymous peers of %1.</source>
        <translation>Pares anônimos de %1.</translation>
    </message>
    <message>
        <source>Enode public key:</source>
        <translation>Chave pública do enode:</translation>
    </message>
    <message>
        <source>⚠ Findings:</source>
        <translation>⚠ Problemas:</translation>
    </message>
    <message>
        <source>Missing expected links:</source>
        <translation>Conexões esperadas ausentes:</translation>
    </message>
    <message>
        <source>Connected to (%1):</source>
        <translation>Conectado a (%1):</translation>
    </message>
    <message>
        <source>No peer list is known at this moment: the snapshot holds each node&apos;s admin_peers only as last observed before the capture. Move the time cursor closer to the capture time to see the topology.</source>
        <translation>Nenhuma lista de pares é conhecida neste momento: o snapshot guarda o admin_peers de cada nó apenas como observado pela última vez antes da captura. Aproxime o cursor de tempo do momento da captura para ver a topologia.</translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>⚠ quorum</source>
        <translation>⚠ quórum</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n peer(s)</source>
        <translation>
            <numerusform>⚠ %n par</numerusform>
            <numerusform>⚠ %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>✂ partition %1</source>
        <translation>✂ partição %1</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected link missing</source>
        <translation>Conexão esperada ausente</translation>
    </message>
</context>
<context>
    <name>TransactionParse</name>
    <message>
        <source>%1: missing</source>
        <translation>%1: ausente</translation>
    </message>
    <message>
        <source>%1: expected an address text</source>
        <translation>%1: esperava um endereço em texto</translation>
    </message>
    <message>
        <source>%1: expected 0x and 40 hex digits</source>
        <translation>%1: esperava 0x e 40 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>%1: expected a hex quantity</source>
        <translation>%1: esperava uma quantidade hexadecimal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: expected a 32-byte hash</source>
        <translation>%1: esperava um hash de 32 bytes</translation>
    </message>
    <message>
        <source>expected a block object</source>
        <translation>esperava um objeto de bloco</translation>
    </message>
    <message>
        <source>transactions: expected a list</source>
        <translation>transactions: esperava uma lista</translation>
    </message>
    <message>
        <source>transactions[%1]: expected a transaction object (ask with full transactions)</source>
        <translation>transactions[%1]: esperava um objeto de transação (peça com transações completas)</translation>
    </message>
    <message>
        <source>transactions[%1].%2</source>
        <translation>transactions[%1].%2</translation>
    </message>
    <message>
        <source>expected a receipt object</source>
        <translation>esperava um objeto de recibo</translation>
    </message>
</context>
<context>
    <name>UsageJson</name>
    <message>
        <source>%1.%2: missing or of the wrong type</source>
        <translation>%1.%2: ausente ou de tipo errado</translation>
    </message>
    <message>
        <source>%1[%2]: expected a non-negative integer</source>
        <translation>%1[%2]: esperava um inteiro não negativo</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: esperava um objeto</translation>
    </message>
    <message>
        <source>%1.addresses: expected texts</source>
        <translation>%1.addresses: esperava textos</translation>
    </message>
    <message>
        <source>%1.start: expected an integer</source>
        <translation>%1.start: esperava um inteiro</translation>
    </message>
    <message>
        <source>%1: address index out of range</source>
        <translation>%1: índice de endereço fora do intervalo</translation>
    </message>
    <message>
        <source>%1.contractAnswers: expected objects with an address</source>
        <translation>%1.contractAnswers: esperava objetos com um endereço</translation>
    </message>
    <message>
        <source>%1: unexpected value: %2</source>
        <translation>%1: valor inesperado: %2</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Transactions, gas and failures per institution and per sender account, with the accounts no institution answers for listed first.</source>
        <translation>Transações, gás e falhas por instituição e por conta remetente, com as contas pelas quais nenhuma instituição responde listadas primeiro.</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Linhas:</translation>
    </message>
    <message>
        <source>By institution</source>
        <translation>Por instituição</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Por conta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Transactions per second by institution</source>
        <translation>Transações por segundo por instituição</translation>
    </message>
    <message>
        <source>Share of gas</source>
        <translation>Parcela do gás</translation>
    </message>
    <message>
        <source>Waiting for the first blocks&apos; transactions from a node&apos;s JSON-RPC.</source>
        <translation>Aguardando as transações dos primeiros blocos pelo JSON-RPC de um nó.</translation>
    </message>
    <message>
        <source>This snapshot holds no transaction usage.</source>
        <translation>Este snapshot não contém uso de transações.</translation>
    </message>
    <message>
        <source>%1 transactions in %2 blocks (%3 to %4)</source>
        <translation>%1 transações em %2 blocos (%3 a %4)</translation>
    </message>
    <message>
        <source>the window starts before the held history (%1 held)</source>
        <translation>a janela começa antes do histórico mantido (%1 mantidos)</translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) still being asked to the permissioning contract</source>
        <translation>
            <numerusform>%n remetente ainda em consulta ao contrato de permissionamento</numerusform>
            <numerusform>%n remetentes ainda em consulta ao contrato de permissionamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender account(s) that no institution answers for: an accountability gap for the committee.</source>
        <translation>
            <numerusform>%n conta remetente pela qual nenhuma instituição responde: uma lacuna de responsabilização para o comitê.</numerusform>
            <numerusform>%n contas remetentes pelas quais nenhuma instituição responde: uma lacuna de responsabilização para o comitê.</numerusform>
        </translation>
    </message>
    <message>
        <source>tx/s</source>
        <translation>tx/s</translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation>Não foi possível abrir %1 para escrita: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation>Exportar uso como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>usage chart legend: senders no institution answers for</comment>
        <translation>Desconhecidos</translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>Unknown senders</source>
        <translation>Remetentes desconhecidos</translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation>criação de contrato</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tx)</source>
        <translation>
            <numerusform>%1 (%n tx)</numerusform>
            <numerusform>%1 (%n tx)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n conta</numerusform>
            <numerusform>%n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>(asking)</source>
        <translation>(consultando)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>no institution answers for them</source>
        <translation>nenhuma instituição responde por elas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribuição</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transações</translation>
    </message>
    <message>
        <source>Tx/s</source>
        <translation>Tx/s</translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation>Gás usado</translation>
    </message>
    <message>
        <source>Share of gas</source>
        <translation>Parcela do gás</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>Top contracts</source>
        <translation>Contratos mais chamados</translation>
    </message>
</context>
<context>
    <name>ValidatorAnalysis</name>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 2,000 blocks</source>
        <translation>Últimos 2.000 blocos</translation>
    </message>
    <message>
        <source>This calendar month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>no analysed blocks in the window yet</source>
        <translation>nenhum bloco analisado na janela ainda</translation>
    </message>
    <message>
        <source>blocks %1–%2 (%3 blocks)</source>
        <translation>blocos %1–%2 (%3 blocos)</translation>
    </message>
    <message>
        <source>partial: %1; the history in memory starts at %2</source>
        <translation>parcial: %1; o histórico em memória começa em %2</translation>
    </message>
    <message>
        <source>; some blocks are missing</source>
        <translation>; faltam alguns blocos</translation>
    </message>
</context>
<context>
    <name>ValidatorDetail</name>
    <message>
        <source>Proposed</source>
        <translation>Propostos</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperados</translation>
    </message>
    <message>
        <source>blocks proposed</source>
        <translation>blocos propostos</translation>
    </message>
    <message>
        <source>No validator selected</source>
        <translation>Nenhum validador selecionado</translation>
    </message>
    <message>
        <source>Select a validator in the table or the strip to see its proposals over time.</source>
        <translation>Selecione um validador na tabela ou na faixa para ver suas propostas ao longo do tempo.</translation>
    </message>
    <message>
        <source>Validator not in the inventory</source>
        <translation>Validador fora do inventário</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>No analysed block of the window (%1) includes this validator.</source>
        <translation>Nenhum bloco analisado da janela (%1) inclui este validador.</translation>
    </message>
    <message>
        <source>not in the history in memory</source>
        <translation>fora do histórico em memória</translation>
    </message>
    <message>
        <source>block %1, %2 ago</source>
        <translation>bloco %1, há %2</translation>
    </message>
    <message>
        <source>Window: %1 — %2</source>
        <translation>Janela: %1 — %2</translation>
    </message>
    <message>
        <source>Proposed: %1 of %2 blocks (%3 %, expected %4 %; OLA yellow below %5 %, red below %6 %)</source>
        <translation>Propostos: %1 de %2 blocos (%3 %, esperado %4 %; OLA amarelo abaixo de %5 %, vermelho abaixo de %6 %)</translation>
    </message>
    <message>
        <source>Signing rate: %1 % (%2 of %3 blocks)</source>
        <translation>Taxa de assinatura: %1 % (%2 de %3 blocos)</translation>
    </message>
    <message>
        <source>Last proposed: %1</source>
        <translation>Última proposta: %1</translation>
    </message>
    <message>
        <source>Last signed: %1</source>
        <translation>Última assinatura: %1</translation>
    </message>
    <message>
        <source>Round changes on its turns: %1 of %2</source>
        <translation>Trocas de rodada na vez dele: %1 de %2</translation>
    </message>
    <message>
        <source>Signer metrics (RPC): %1. %2</source>
        <translation>Métricas de assinatura (RPC): %1. %2</translation>
    </message>
    <message>
        <source>No validator selected: its proposals over time will be charted here.</source>
        <translation>Nenhum validador selecionado: suas propostas ao longo do tempo aparecerão neste gráfico.</translation>
    </message>
    <message>
        <source>No data yet: no analysed block of this window includes this validator.</source>
        <translation>Sem dados ainda: nenhum bloco analisado desta janela inclui este validador.</translation>
    </message>
    <message>
        <source>No data yet: the chart needs at least two analysed blocks in the window.</source>
        <translation>Sem dados ainda: o gráfico precisa de pelo menos dois blocos analisados na janela.</translation>
    </message>
</context>
<context>
    <name>ValidatorTableModel</name>
    <message>
        <source>(not in the inventory)</source>
        <translation>(fora do inventário)</translation>
    </message>
    <message>
        <source>unknown validator</source>
        <translation>validador desconhecido</translation>
    </message>
    <message>
        <source>no address in the inventory</source>
        <translation>sem endereço no inventário</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>%1 (OLA %2 / %3)</source>
        <translation>%1 (OLA %2 / %3)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 de %3)</translation>
    </message>
    <message>
        <source>not in memory</source>
        <translation>fora da memória</translation>
    </message>
    <message>
        <source>#%1 · %2 ago</source>
        <translation>#%1 · há %2</translation>
    </message>
    <message>
        <source>%1 of %2 turns</source>
        <translation>%1 de %2 vezes</translation>
    </message>
    <message>
        <source>Not a member of the validator set in the analysed blocks of this window.</source>
        <translation>Não fazia parte do conjunto de validadores nos blocos analisados desta janela.</translation>
    </message>
    <message>
        <source>No analysed block of this window includes this validator yet.</source>
        <translation>Nenhum bloco analisado desta janela inclui este validador ainda.</translation>
    </message>
    <message>
        <source>Proposed %1 of %2 blocks (%3); expected %4 with this validator count.
OLA: yellow below %5, red below %6.</source>
        <translation>Propôs %1 de %2 blocos (%3); esperado %4 com este número de validadores.
OLA: amarelo abaixo de %5, vermelho abaixo de %6.</translation>
    </message>
    <message>
        <source>Proposed nothing over the last %1 blocks: validators like this are voted out.</source>
        <translation>Não propôs nada nos últimos %1 blocos: validadores nessa situação são removidos por votação.</translation>
    </message>
    <message>
        <source>Not in the newest block&apos;s validator set.</source>
        <translation>Fora do conjunto de validadores do bloco mais recente.</translation>
    </message>
    <message>
        <source>Committed seals on %1 of the %2 blocks it was a validator for.</source>
        <translation>Selos em %1 dos %2 blocos em que era validador.</translation>
    </message>
    <message>
        <source>Blocks whose first-round proposer it was (%1) and how many of them needed a round change (%2): a validator that is down or out of consensus makes the network wait on its turns.</source>
        <translation>Blocos em que ele era o proponente da primeira rodada (%1) e quantos deles precisaram de troca de rodada (%2): um validador fora do ar ou fora do consenso faz a rede esperar na vez dele.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validador</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propostos</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinados</translation>
    </message>
    <message>
        <source>Last proposed</source>
        <translation>Última proposta</translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation>Última assinatura</translation>
    </message>
    <message>
        <source>Round changes on its turns</source>
        <translation>Trocas de rodada na vez dele</translation>
    </message>
    <message>
        <source>Share of the window&apos;s blocks it proposed, against the OLA thresholds (yellow / red) for the validator count.</source>
        <translation>Parcela dos blocos da janela que ele propôs, comparada aos limites de OLA (amarelo / vermelho) para o número de validadores.</translation>
    </message>
    <message>
        <source>Signer metrics</source>
        <translation>Métricas de assinatura</translation>
    </message>
    <message>
        <source>The node&apos;s qbft_getSignerMetrics reply (proposed blocks and last proposed block) checked against the proposers of the blocks in memory.</source>
        <translation>A resposta de qbft_getSignerMetrics do nó (blocos propostos e último bloco proposto) conferida com os proponentes dos blocos em memória.</translation>
    </message>
</context>
<context>
    <name>ValidatorVotes</name>
    <message>
        <source>Add %1</source>
        <translation>Incluir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remover %1</translation>
    </message>
    <message>
        <source>to be cast by %1 when proposing</source>
        <translation>entra no próximo bloco proposto por %1</translation>
    </message>
    <message>
        <source>held by %1 outside the validator set (never cast)</source>
        <translation>pendente em %1, fora do conjunto de validadores (nunca entra em bloco)</translation>
    </message>
    <message>
        <source>no effect: already a validator</source>
        <translation>sem efeito: já é validador</translation>
    </message>
    <message>
        <source>no effect: not a validator</source>
        <translation>sem efeito: não é validador</translation>
    </message>
    <message>
        <source>it passes when %1 of the %2 validators have cast it</source>
        <translation>aprovado quando %1 dos %2 validadores o tiverem votado em bloco</translation>
    </message>
    <message>
        <source>other nodes vote the opposite way</source>
        <translation>outros nós votam em sentido contrário</translation>
    </message>
</context>
<context>
    <name>ValidatorsPage</name>
    <message>
        <source>Validator participation</source>
        <translation>Participação dos validadores</translation>
    </message>
    <message>
        <source>Per validator and per block: who proposed and who signed, the share of blocks proposed against the operational level (OLA), the signing rate, and validators out of consensus.</source>
        <translation>Por validador e por bloco: quem propôs e quem assinou, a parcela de blocos propostos comparada ao nível operacional (OLA), a taxa de assinatura e os validadores fora do consenso.</translation>
    </message>
    <message>
        <source>Search institution, validator or address</source>
        <translation>Buscar instituição, validador ou endereço</translation>
    </message>
    <message>
        <source>Search validators</source>
        <translation>Buscar validadores</translation>
    </message>
    <message>
        <source>Participation window</source>
        <translation>Janela de participação</translation>
    </message>
    <message>
        <source>Analysing blocks: %v of %m</source>
        <translation>Analisando blocos: %v de %m</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Janela:</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>Validadores</translation>
    </message>
    <message>
        <source>Recent blocks (newest on the right; hover for details):</source>
        <translation>Blocos recentes (mais novos à direita; passe o mouse para ver detalhes):</translation>
    </message>
    <message>
        <source>No network is configured: open a profile with the network&apos;s nodes.</source>
        <translation>Nenhuma rede configurada: abra um perfil com os nós da rede.</translation>
    </message>
    <message numerus="yes">
        <source>Analysing the committed seals of %n block(s)…</source>
        <translation>
            <numerusform>Analisando os selos de %n bloco…</numerusform>
            <numerusform>Analisando os selos de %n blocos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n block(s) received could be decoded as QBFT / IBFT 2.0.</source>
        <translation>
            <numerusform>Nenhum bloco recebido (%n) pôde ser decodificado como QBFT / IBFT 2.0.</numerusform>
            <numerusform>Nenhum dos %n blocos recebidos pôde ser decodificado como QBFT / IBFT 2.0.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for blocks: no node has answered with a block yet.</source>
        <translation>Aguardando blocos: nenhum nó respondeu com um bloco ainda.</translation>
    </message>
    <message>
        <source>The history in memory does not cover the whole window: the figures count only the blocks held.</source>
        <translation>O histórico em memória não cobre a janela inteira: os números contam apenas os blocos armazenados.</translation>
    </message>
    <message>
        <source>Pending validator votes</source>
        <translation>Votos de validador pendentes</translation>
    </message>
    <message>
        <source>Pending validator votes (cast in the blocks their nodes propose):</source>
        <translation>Votos de validador pendentes (entram nos blocos que seus nós propõem):</translation>
    </message>
</context>
<context>
    <name>WallOverview</name>
    <message>
        <source>Producing</source>
        <translation>Produzindo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Sem dados</translation>
    </message>
    <message>
        <source>Nodes up by institution</source>
        <translation>Nós no ar por instituição</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abertos</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadeia</translation>
    </message>
    <message>
        <source>Last block</source>
        <translation>Último bloco há</translation>
    </message>
    <message>
        <source>Validators sealing</source>
        <translation>Validadores selando</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloco %1</translation>
    </message>
    <message>
        <source>height unknown</source>
        <translation>altura desconhecida</translation>
    </message>
    <message>
        <source>no block</source>
        <translation>sem bloco</translation>
    </message>
    <message>
        <source>target: one block every %1</source>
        <translation>meta: um bloco a cada %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>fault margin: %n</source>
        <translation>
            <numerusform>margem de falhas: %n</numerusform>
            <numerusform>margem de falhas: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quorum of %1 lost: %n short</source>
        <translation>
            <numerusform>quórum de %1 perdido: falta %n</numerusform>
            <numerusform>quórum de %1 perdido: faltam %n</numerusform>
        </translation>
    </message>
    <message>
        <source>validator set not known yet</source>
        <translation>conjunto de validadores ainda desconhecido</translation>
    </message>
    <message>
        <source>Newest figure %1 old · %2</source>
        <translation>Dado mais recente: há %1 · %2</translation>
    </message>
    <message>
        <source>No figure received yet</source>
        <translation>Nenhum dado recebido ainda</translation>
    </message>
    <message numerus="yes">
        <source>and %n more institution(s)</source>
        <translation>
            <numerusform>e mais %n instituição</numerusform>
            <numerusform>e mais %n instituições</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation>
            <numerusform>%n fora do ar</numerusform>
            <numerusform>%n fora do ar</numerusform>
        </translation>
    </message>
    <message>
        <source>No institution in the profile</source>
        <translation>Nenhuma instituição no perfil</translation>
    </message>
    <message>
        <source>Incidents are not recorded on this wall</source>
        <translation>Os incidentes não são registrados neste painel</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation>ação: %1</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>resposta: %1</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Nenhum aberto</translation>
    </message>
</context>
<context>
    <name>WindowedPageFrame</name>
    <message>
        <source>Window:</source>
        <translation>Janela:</translation>
    </message>
</context>
<context>
    <name>analysis::Topology</name>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation>
            <numerusform>%n observador</numerusform>
            <numerusform>%n observadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown peer(s)</source>
        <translation>
            <numerusform>%n par desconhecido</numerusform>
            <numerusform>%n pares desconhecidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>analysis::TopologyLayout</name>
    <message>
        <source>Graphviz %1 could not lay out the graph of %2 nodes</source>
        <translation>O Graphviz %1 não conseguiu organizar o grafo de %2 nós</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Profile not loaded</source>
        <translation>Perfil não carregado</translation>
    </message>
    <message>
        <source>The profile %1 has errors:

%2</source>
        <translation>O perfil %1 tem erros:

%2</translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation>Rede desconhecida</translation>
    </message>
    <message>
        <source>The profile %1 has no network named &quot;%2&quot;.</source>
        <translation>O perfil %1 não tem nenhuma rede chamada &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The kiosk cannot start: the profile %1 has errors or no such network; see the log.
</source>
        <translation>O quiosque não pode iniciar: o perfil %1 tem erros ou não tem essa rede; veja o log.
</translation>
    </message>
    <message>
        <source>Incident notification (%1) failed: %2</source>
        <translation>Notificação de incidente (%1) falhou: %2</translation>
    </message>
</context>
<context>
    <name>sentinela-cli</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: no network named &quot;%2&quot;</source>
        <translation>%1: nenhuma rede chamada &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>validate-config</name>
    <message>
        <source>%1: invalid profile</source>
        <translation>%1: perfil inválido</translation>
    </message>
    <message>
        <source>  %1 (chainId %2, %3, %4 s): %5 institutions, %6 nodes, %7 Prometheus endpoints</source>
        <translation>  %1 (chainId %2, %3, %4 s): %5 instituições, %6 nós, %7 endpoints Prometheus</translation>
    </message>
</context>
</TS>
