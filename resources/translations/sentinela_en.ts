<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sentinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sentinela&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network-operations dashboard for permissioned Hyperledger Besu networks (QBFT and IBFT 2.0), built for the federated monitoring of the Rede Blockchain Brasil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries in this build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigMessage</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>Invalid URL %1: only http:// and https:// are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read CA certificate file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client certificate needs both a certificate file and a key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read client certificate file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read client key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode client key file %1 (PEM RSA or EC key without passphrase expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential available for %1 (secret &quot;%2&quot; not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS configuration for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete reply from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %1 announces %2, over the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %1 exceeds the limit of %2; aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply from %1 in time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failure with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the server may require a client certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryLoader</name>
    <message>
        <source>expected a reference to a secret: keychain:NAME, env:VARIABLE or file:PATH (the secret itself never goes in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping with &quot;active&quot; and &quot;networks&quot; at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate network name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network named &quot;%1&quot; in networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets may be read from environment variables or plain files: keep those files private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRpc</name>
    <message>
        <source>error %1 without a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply id %1 does not match request id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply has neither result nor error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch answered with a single object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch reply is not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate reply for request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply with request id %1 in the batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRpcClient</name>
    <message>
        <source>RPC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON-RPC HTTP URL configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the first reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enabled on this node: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP fetcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node refused a batched request; retrying unbatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for block %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sentinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain height, time since the last block, the current block interval against the target, how many validators are signing against the quorum, nodes up by type and institution, open incidents and how fresh the data is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per validator and per block: who proposed and who signed, the share of blocks proposed against the operational level (OLA), the signing rate, and validators out of consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks and block times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block intervals against the target and the service levels (99% under 10 s, 99.9% under 30 s), blocks produced against expected, and the recent blocks with proposer, round and signers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes by institution and type, their peer links, missing expected links, partitions and validators not connected to a quorum of validators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and past network incidents (block production stopped, fewer validators signing, a boot or validator disconnected, permissioning off) with their service-hour deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations Manual checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operations-manual checklists (incident handling, synchronous upgrade, onboarding of a new institution), to edit and to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline review of exported snapshots is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting incident snapshots is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wall-display mode is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sentinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1 (chainId %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: none configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Freshest data: %n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No profile is loaded: open one with File ▸ Open profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile of %1 has no Prometheus endpoint and no node JSON-RPC URL yet: add your institution&apos;s level-2 Prometheus and the nodes you can reach to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first replies from the data sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela profiles (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeType</name>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer-boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusClient</name>
    <message>
        <source>No HTTP fetcher for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>unknown key, ignored (known keys: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping (key: value lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, found &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a URL with scheme %1 and a host, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>secret &quot;%1&quot; is not in the keychain and plain-text secrets are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain entry &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceHealth</name>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>besu</name>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a hex quantity string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected hex data, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an enode URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth_syncing returned true instead of a sync object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected false or a sync object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of peers, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer %1 has neither id nor enode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a node info object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;enode&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of addresses, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of enode URLs, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of signer metrics, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer metric %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer metric %1: bad address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer metric %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of votes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad vote entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a statistics object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node does not know this block (result null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a block object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chain</name>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISMATCH (computed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the validator contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signers not in the validator set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 needed, margin %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT MET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode-block: the input is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode-block: the JSON-RPC reply is an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode-block: the JSON-RPC reply has no &quot;result&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode-block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData vote: QBFT expects a list, found a byte string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData vote: IBFT 2.0 expects an empty string or a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData vote: expected [address, type], found %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData vote: the address must be 20 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData vote: the vote type must be a single byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData vote: invalid vote type 0x%1 (expected 0xff add or 0x00 drop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData round: expected a byte string, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData round: IBFT 2.0 expects exactly 4 bytes, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData round: QBFT round has a leading zero byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData round: QBFT round of %1 bytes exceeds 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData is not an RLP list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData: expected 5 items [vanity, validators, vote, round, seals], found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData vanity: expected a byte string, found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData validators: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData validators: item %1 is not a 20-byte address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData seals: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData seals: item %1 is not a 65-byte signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid extraData: empty, BFT extra data required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid extraData: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex data must start with &quot;0x&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex data has an odd number of digits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid hex digit at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex data contains a non-ASCII character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex quantity must start with &quot;0x&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex quantity has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex quantity does not fit in 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hash must be 32 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature must be 65 bytes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid recovery id %1 (expected 0 to 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signature: r or s out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key recovery failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chain::BlockHeader</name>
    <message>
        <source>the block is null (unknown block number or hash?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present without &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chain::FieldReader</name>
    <message>
        <source>expected %1 bytes, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity exceeds 256 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chain::rlp</name>
    <message>
        <source>RLP: empty input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLP at offset %1: %2 trailing bytes after the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLP: a scalar was expected but found a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLP: scalar has a leading zero byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLP: scalar of %1 bytes exceeds the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chain::rlp::Decoder</name>
    <message>
        <source>truncated input: an item was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated input: the length of the item does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-canonical length: leading zero byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-canonical length: long form used for %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated input: the item claims %1 bytes but only %2 remain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-canonical encoding: single byte below 0x80 written with a prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RLP at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Profile not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 has errors:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 has no network named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nlohmann</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a hex string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prom</name>
    <message>
        <source>not a Prometheus API reply (no &quot;status&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reported an error (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; has no resultType/result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;result&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad &quot;metric&quot; labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector sample has no &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad sample value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matrix series has no &quot;values&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad scalar %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad string result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown resultType &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a series is not a label set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;data&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validate-config</name>
    <message>
        <source>%1: invalid profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 (chainId %2, %3, %4 s): %5 institutions, %6 nodes, %7 Prometheus endpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
