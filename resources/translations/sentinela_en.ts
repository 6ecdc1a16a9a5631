<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AbiCall</name>
    <message numerus="yes">
        <source>the answer has %n byte(s); %1 output(s) need %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>output %1 is not a valid %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>AccountDirectory</name>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissioning contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the profile; no permissioning contract configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract does not know the account (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract lists the account as inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract answered %1, which names no institution of the profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountList</name>
    <message>
        <source>expected an account address (0x and 40 hex digits), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of accounts or an object with an &quot;accounts&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an address text or an object with an &quot;address&quot; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address column on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the account list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account list is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertmanagerClient</name>
    <message>
        <source>Unexpected reply from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no silenceID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alert is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silences are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silence is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP fetcher for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BesuParsers</name>
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
    <name>BlockHeaderText</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a hex string</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>BlockReport</name>
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
        <source>the header has field(s) this version does not know (%1): its hash and seals cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable: the genesis block carries no seals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocksPage</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b5e20&apos;&gt;✔ met&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b71c1c&apos;&gt;✖ not met&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block intervals against the service levels, the latest blocks with their proposers and seals, and the health of every node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to zoom, wheel to zoom in time, middle button or arrow keys to pan, Home to reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round change (round &gt; 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval (whole seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions per block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used per block (M, right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions and gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval service levels (window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks produced this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is configured: choose or import a profile with its nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first blocks: the history is being fetched from the nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block received yet: no node has answered over JSON-RPC so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n block(s) are held locally so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No block is held locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA: %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Round change (%n block(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blocks per interval (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? No interval in this window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;td&gt;Blocks&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p50&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p95&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;p99&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Max (block %5)&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Round changes&lt;/td&gt;&lt;td align=right&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;td&gt;Under %1:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;td&gt;(≥ %3) %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Under %5:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;td&gt;(≥ %7) %8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? No block of this month is held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Required: %1 of the expected blocks (seconds / %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n block(s) missing from the local history were estimated.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Intervals in service hours this month: %1 under %2 %3, %4 under %5 %6.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export blocks as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average per step (Prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus could not supply the older part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the older part from Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus %1 holds no block history for the older part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older part from Prometheus %1, averaged per %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) without any block.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#8a6d00&apos;&gt;◐ partial — history since %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ The local history covers only %1 of this window (since %2); it keeps %3 h of blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1&lt;/td&gt;&lt;td align=right&gt;%2 / %3&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td colspan=2&gt;%5&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2 cellpadding=2&gt;&lt;tr&gt;&lt;th&gt;&lt;/th&gt;&lt;th&gt;produced / expected&lt;/th&gt;&lt;th&gt;&lt;/th&gt;&lt;/tr&gt;%1%2&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;▲ Partial: the local history starts %1, after the month began; figures cover only the time since then.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The blocks missing since then already exceed what the whole month allows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistCommitDialog</name>
    <message>
        <source>Commit checklist changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen documents are committed to the folder&apos;s Git repository on its current branch. Nothing is pushed: publishing follows your institution&apos;s own process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why, e.g. &quot;Chain halted runbook: who restarts first&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDocument</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a checklist (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter must be a map of keys (id, title, kind...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of rule ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive number of days, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; every document needs a unique id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: use lowercase letters, digits and - _ . only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown incident rule &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a runbook must name the incident rules it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a declaration needs a review period in days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistGit</name>
    <message>
        <source>cannot read the Git status of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit: choose documents and write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the Git index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot stage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the Git tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the commit&apos;s author: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistItemsModel</name>
    <message>
        <source>Sections and items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistLibrary</name>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no front matter: the document must start with a --- block naming its id, title and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the id of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a runbook (%2); Sentinela opens that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checklist item (- [ ] ...) in the document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistLibraryModel</name>
    <message>
        <source>Incident runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declarations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistRunModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsCommand</name>
    <message>
        <source>%1: no Markdown document (*.md) in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s) valid</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n checklist item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collector</name>
    <message>
        <source>the account Ingress names no rules contract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Log level: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela: network-operations dashboard for permissioned Besu QBFT/IBFT 2.0 networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (YAML) with the networks to watch. Default: the last one used, or the shipped RBB profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of the profile to open (default: its &quot;active&quot; one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start as a read-only wall display with rotating views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an exported incident snapshot for offline review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile (YAML) with the networks to watch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of the profile (default: its &quot;active&quot; one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on sources that have not answered after MS milliseconds (default 15000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout expects a positive number of milliseconds, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate-config expects exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status expects --config FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode-block expects at most one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident book (SQLite) to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the open incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents expects --db FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations Manual folder to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklists expects --dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped profiles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot (.sentinela) to open, as --open does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FILE.sentinela]</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History kept before the incident or now, e.g. 30m, 1h, 2h30m (default 1h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the snapshot for this incident (its number or uid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the snapshot with this Ed25519 private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted public keys: a PEM public key or a profile with snapshots.trustedKeys (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write (snapshot; for rules the default is standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot expects --config FILE --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window expects a duration such as 30m, 1h or 2h30m, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-snapshot expects exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules expects --config FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: start of the period, a date (2026-12-01, from midnight in the network&apos;s service time zone) or a time (2026-12-01T09:00, 2026-12-01T12:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: end of the period; a date counts that whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: the language of the report, pt_BR (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate-config, status, decode-block, incidents, checklists, rules, snapshot, verify-snapshot or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report expects --config FILE or --open SNAPSHOT, and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --out must end in .pdf or .md, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --language expects pt_BR or en, found &quot;%1&quot;</source>
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
    <name>ExportSnapshotDialog</name>
    <message>
        <source>Export snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current state of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History before it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the snapshot is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s Ed25519 private key (PEM). Another institution that trusts its public key sees who produced the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (detected %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident in the book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM private keys (*.pem *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela snapshots (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History before the incident:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History before now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtraData</name>
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
</context>
<context>
    <name>FederationHealthModel</name>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FederationHealthText</name>
    <message>
        <source>incomplete reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint did not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The federation job scraping this institution&apos;s level 1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series with organization=&quot;%1&quot; on this endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets are listed but none has a sample time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest sample is %1 old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 targets up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 targets up, data fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FederationHealthWidget</name>
    <message>
        <source>&lt;b&gt;Prometheus federation&lt;/b&gt; — does each level-2 endpoint (row) hold fresh data of each institution&apos;s level 1 (column)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level-2 Prometheus endpoint is configured for this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No institution is configured for this network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no analysed block yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node down; sealed %1 of %2 blocks before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no seal yet in %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sealing rarely: %1 of %2 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum lost: %1 of %2 validators active, quorum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fault tolerance left: %1 of %2 validators active, quorum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 validators sealing in the last %n block(s); quorum %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state unknown, no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state unknown, newest data %1 old (monitoring blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer limit almost reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head block not advancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last block %1 ago; no node has reported its head since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no head block observed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level-2 Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fresh head: the newest was seen %1 ago through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new block for %1 (limit %2, seen through %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next block is late: none for %1 (seen through %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last block %1 ago (seen through %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quorum lost: only %1 of %2 validators up; quorum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 validators known up, %3 unknown; quorum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fault tolerance left: %1 of %2 validators up, quorum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 validators up (no analysed block yet); quorum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validator %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fresh figure from any node</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no seal and no proposal in the last %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sealed %1 and proposed %2 of %3 blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hex</name>
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
    <name>ImportDialog</name>
    <message>
        <source>Review the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported from this file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file adds nothing new to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1.
These changes will be made to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentActionDialog</name>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is handling it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge “%1”: your institution has seen it and is examining its own nodes. The time to acknowledge is counted in service hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the timeline of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as mitigated: the effect is contained while the cause is still being dealt with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve “%1” by hand. Sentinela also resolves an incident by itself when its condition clears; it reopens if the condition comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentBook</name>
    <message>
        <source>The incident book %1 is read-only: %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept in memory; written again every %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every change is saved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not saved: the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <source>Open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your institution has seen the incident and is examining its own nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Operations Manual&apos;s checklist for this kind of incident and record a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its evidence, service-hour deadlines, actions and timeline show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected %1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by %1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved automatically at %1 (the condition cleared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved by %2 at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronous action by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for %1 of service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged after %1 of service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentEngine</name>
    <message>
        <source>The condition cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentJson</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown timeline entry kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected incident, critical-incident, vulnerability or critical-vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected detected, acknowledged, mitigated or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentNotifier</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP client to send the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Discord webhook URL (secret %1) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Posted to Alertmanager (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager silence %1 created for %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Discord (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the webhook (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Notification to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 acknowledged in Sentinela by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident %1 detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: the condition came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity raised to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: the condition cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>Date and time in messages (QDateTime format): the service hours&apos; time zone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 · detected %2 · open for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected institutions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (breached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines (service hours, %1): answer within %2 h, by %3 · synchronous action within %4 h, by %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentReview</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring-incident review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2. Times in service hours (%3–%4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s); mean time to acknowledge %1, to resolve %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule, institution or node had more than one incident in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentReviewModel</name>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean to resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentRules</name>
    <message>
        <source>JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level-2 Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the federation probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: state of %2 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure of %1 has been received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest figure of %1 is %2 old (through %3): too old to judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain halted? No head observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node and no level-2 Prometheus has reported a head block: whether blocks are produced is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain halted? No fresh head for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest head, block %1 from %2, was observed %3 ago through %4; a figure older than %5 cannot say whether the chain is producing blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain halted: no block for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 (head of %2) is the newest: when it was last observed, %3 ago through %4, no newer block had come for %5 (limit %6: block period plus round timeout plus 1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum lost: %1 of %2 validators active, quorum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n block(s) and the validators&apos; node status, %1 of %2 validators are up and sealing; QBFT needs %3. Not counted: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From the validators&apos; node status (no analysed block), %1 of %2 validators are up; QBFT needs %3. Not counted: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum: %1 validators in an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 validators known up and %3 unknown (stale figures); QBFT needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault tolerance left: %1 of %2 validators active, quorum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 validators are active and QBFT needs %3: one more validator lost stops the chain. Not counted: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block-interval budget: %1 s intervals spent %2 times as fast as the month allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the month&apos;s %2 held intervals reached %3 s (%4); the SLA allows %5, so the month&apos;s allowance is being spent %6 times as fast as it accrues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down (%2) while the chain is halted: the chain-halted incident covers it until blocks flow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is down (%2, newest figure %3 old) while the chain produces blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator %1 out of consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, is in sync and has peers, yet neither sealed nor proposed any of the last %2 blocks (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected: down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer (%2): no node can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected: no peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports 0 peers (through %2, %3 ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disconnected: no monitored node is its peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is absent from the peer lists (admin_peers) of all %2 reachable nodes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 lagging: %n block(s) behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is at block %2, %3 blocks behind the tip %4 (through %5, figure %6 old; limit %7 blocks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer-boot %1 would accept transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>perm_getAccountsAllowlist on %1 lists %n account(s) (%2 ago); an observer-boot must list none.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the account Ingress contract (0x…8888) returns the zero address for its rules contract (every transaction allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Prometheus metrics carry no besu_permissioning check counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its permissioning check counters stayed at %1 for %2 while %3 transactions were included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perm_getAccountsAllowlist answers &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissioning off on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring blind: %1&apos;s level-1 data not visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring of %1: no level 2 has answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level-2 Prometheus shows %1&apos;s level-1 data (newest sample %2 old). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer access at risk: %1 of %2 observer-boots reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reachable observer-boots: %1 (in %n institution(s)); unknown: %2; wanted at least %3 in two institutions, so that no single institution can shut citizens out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1 active since %2 (%3); the list was read %4 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) in the last %1 from %2, which no institution answers for (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>%1: %2 (in &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such incident database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the incident database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an incident database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the incident database has schema version %2, newer than this Sentinela knows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite file that is not an incident database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an incident database (empty file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the incident database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save incident %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot commit incident %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save checklist run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot commit checklist run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read incidents: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read checklist runs: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only critical incidents have the 2 h / 16 h service-hour deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1 (counted in service hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentTimelineModel</name>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain halted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault-tolerance margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block-interval budget burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator out of consensus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node lagging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissioning switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer-boot accepts transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer access at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertmanager alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentsCommand</name>
    <message>
        <source>No open incident in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETECTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN FOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSTITUTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring-incident review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, evidence, node or #number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela checks the rules of the Operations Manual every second; an incident opens here when one holds, and closes by itself when its condition clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period; mean time to acknowledge %1 and to resolve %2, in service hours. Rows with two or more incidents recur.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryImporter</name>
    <message>
        <source>not valid JSON (at byte %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Besu genesis file has a &quot;config&quot; object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chainId %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither &quot;qbft&quot; nor &quot;ibft2&quot;: not a Besu BFT genesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBFT 2.0 migrated to QBFT at block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block period %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validators come from the contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded as BFT extraData: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n genesis validator(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no enode URL (enode://&lt;128 hex digits&gt;@host:port) found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no organisation with a &quot;nodes&quot; list found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;name&quot;, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 128 hex digits, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Prometheus configuration has a &quot;scrape_configs&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no static_configs target with a &quot;node&quot; or &quot;organization&quot; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n labelled target(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chainId: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consensus: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBFT start block: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block period: %1 s → %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new institution %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new node %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty-block period %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty-block period: %1 s → %2 s</source>
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
    <message>
        <source>a client certificate needs both &quot;cert&quot; and &quot;key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected basic, bearer or none, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; %1 authentication needs a secret reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weekday: mon, tue, wed, thu, fri, sat or sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time as HH:MM, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (expected an IANA name such as America/Sao_Paulo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redPercent must not be above yellowPercent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected qbft or ibft2, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate institution id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate node name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of validator, boot, writer, observer-boot, observer, prometheus, other; found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no institution with id &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0x followed by 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an enode URL or 128 hex digits of public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets outside the system keychain need &quot;allowPlaintextSecrets: true&quot; at the top of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blockAgeWarningSeconds must not be above blockAgeCriticalSeconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagWarningBlocks must not be above lagCriticalBlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials will be sent unencrypted over %1:// (allowed by &quot;allowCredentialsOverHttp: true&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials over plain %1:// would be sent unencrypted; use %1s:// or set &quot;allowCredentialsOverHttp: true&quot; at the top of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service hours must not start and end at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actionServiceHours must not be below answerServiceHours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook URL is a secret: write &quot;discordWebhook: {secret: keychain:NAME}&quot; and keep the URL in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; expected keychain:NAME, env:VARIABLE or file:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no holiday listed for %1: service-hour deadlines will count holidays as working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected modifiers and one key joined by &quot;+&quot; (Ctrl, Alt, Shift, Meta; at least one), e.g. &quot;Ctrl+Alt+Shift+Q&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page &quot;%1&quot; (known pages: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the public key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a PEM public key (-----BEGIN PUBLIC KEY-----) or the path of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an account address (0x and 40 hex digits), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a contract address (0x and 40 hex digits) or &quot;rules&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a method taking the account&apos;s address, such as &quot;getAccount(address)&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 4 bytes in hex (0x and 8 hex digits), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a static ABI type (uint256, int&lt;N&gt;, address, bool, bytes32...), found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1 is %2, not bool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>Empty reply from %1 where JSON was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned HTML instead of JSON (wrong URL or a proxy page?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returned HTML instead of JSON: &quot;%2&quot; (wrong URL or a proxy page?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON reply from %1 is nested deeper than %2 levels; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON reply from %1 is truncated (ends after %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %1 is not valid JSON (byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %1 could not be parsed as JSON: %2</source>
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
    <message>
        <source>block %1 is not on the node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRpcSubscriber</name>
    <message>
        <source>WebSocket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no JSON-RPC WebSocket URL configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message without a numeric id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad newHeads notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eth_subscribe returned no subscription id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newHeads subscription refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node does not have block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backfilling blocks %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backfill of block %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskAlert</name>
    <message>
        <source>CRITICAL INCIDENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for acknowledgement on an NOC desktop (or a silence in Alertmanager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected %1 ago, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Sentinela wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela is showing the network on the NOC wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>DATA OUT OF DATE · newest figure %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA OUT OF DATE · nothing received in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1</source>
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
        <source>Operations Manual</source>
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
        <source>&amp;Export snapshot…</source>
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
    <message>
        <source>&amp;Import into profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a Besu genesis.json, static-nodes.json, RBB nodes.json or a Prometheus configuration into the current network, review the changes and save the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile first: the import adds to one of its networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network descriptions (*.json *.yml *.yaml *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Besu genesis, a static-nodes list, an RBB nodes.json or a Prometheus configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela profiles (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby, not queried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 ok, %5 on standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident opens when a rule of the Operations Manual holds (block production stopped, fewer validators signing, a boot or validator disconnected, permissioning switched off on a validator, a validator up but out of consensus); the page keeps its timeline and notes and counts down the 2 and 16 service-hour deadlines of critical incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident database is open, so incidents are not recorded in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Operations Manual opens with a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page holds the Operations Manual&apos;s checklists (a runbook for each incident rule, synchronous upgrades, the onboarding of a new institution, key-management declarations) as Markdown files in a folder your institution keeps in Git, to edit them and to run them step by step with each run recorded with its incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is open: open one from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist of the Operations Manual is linked to the rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review an exported snapshot offline: every page shows it, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the last hour of the network&apos;s state and its incidents to a file that another institution can review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen wall display of this network, read-only; leave it with the profile&apos;s exit chord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela snapshots (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the snapshot to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the snapshot %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only, no live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot: %1 (chainId %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentinela — snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per institution and per sender account: transactions per second, share of gas, top contracts and failed transactions, with the accounts no institution answers for listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability, the validators&apos; OLA, incidents and recurring problems over a period, as PDF or Markdown, from what this window shows (live or a snapshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents not saved, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the signing key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed snapshot exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live state held by this Sentinela</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualItemForm</name>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step as one line; Enter applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details under the step (Markdown): commands, who to call, where to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualPage</name>
    <message>
        <source>Commit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the changed documents to the folder&apos;s Git repository (nothing is pushed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version on disk; your edits stay in the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine and merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge both versions line by line; where both changed the same lines both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the document&apos;s lastReviewed date to today: the next review is due one review period later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this checklist now: each step ticked is recorded with who and when, with the incident when one is chosen. The document itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new section after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new step after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new step under the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the step a sub-step of the one above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the sub-step out one level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step or section up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step or section down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the step (with its sub-steps) or the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Operations Manual folder: set checklists.folder in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped templates (read-only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runbook in %1 names the rule &quot;%2&quot; in its front matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed or cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on disk by someone else while you were editing it. Reload their version or keep yours and merge both?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded %1; Undo brings your edits back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: both versions changed the same lines and both were kept, yours first; review them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged your edits with the version on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates: copy them into your institution&apos;s folder to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a Git repository: changes are saved but not versioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git: no change since the last commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Git: %n document(s) changed since the last commit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 (not pushed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident database is open: runs cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run of this checklist yet. A run records who did each step and when; the document is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder holds no Markdown document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reviewed: %1, every %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter has errors (see the document&apos;s tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Operations Manual folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Git what changed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message>
        <source>incomplete reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeTableModel</name>
    <message>
        <source>RPC: %1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus: %1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source has reported it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RPC, Prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (RPC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Prometheus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) behind</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last RPC error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning above %1 blocks, critical above %2 (block period %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: no fresh figure for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the node&apos;s head block. Warning when no newer block came for %1 s, critical after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No txpool_besuStatistics reply yet (the TXPOOL namespace may be disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction pool (txpool_besuStatistics, %1 ago): %2 local and %3 remote transactions; room for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tx pool</source>
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
    <name>OverviewModel</name>
    <message>
        <source>No network is configured: open a profile with at least one node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the first answer from the %n configured node(s) or Prometheus.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Network overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain height, time since the last block, the current block interval against the target, how many validators are signing against the quorum, nodes up by type and institution, open incidents and how fresh the data is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the last block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes up by institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no block yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average of the last %1 blocks %2; target %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one more validator lost stops the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highest block a node reports with fresh data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target period %1; halted past %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>quorum %1, fault-tolerance margin %2; last %n block(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>fewer validators than the quorum: the network cannot produce blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for analysed blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest figure from any node or Prometheus; older than %1 counts as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident database is open; the findings above come from the same checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more on the Incidents page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none: every rule of the Operations Manual holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration overdue: %1 (due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration never made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationStripModel</name>
    <message>
        <source>not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its turn: round change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraData not decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not among the seals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by %1 of %2 validators (quorum %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationStripView</name>
    <message>
        <source>Participation strip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysed blocks yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromRules</name>
    <message>
        <source>switched off in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain halted: no new block for {{ $value | humanizeDuration }}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the freshest head was scraped, no block had come for longer than %1 s (block period plus round timeout plus 1 s): one round change never reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum lost: {{ $value }} of %1 validators down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QBFT needs %1 of %2 validators; more than %3 are known down (fresh up == 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fault tolerance left: {{ $value }} of %1 validators down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more validator lost stops the chain (quorum %1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 validator(s) have no fault tolerance to lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator {{ $labels.node }} ({{ $labels.organization }}) down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its level-1 Prometheus cannot scrape it (up == 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{ $labels.node }} ({{ $labels.organization }}) disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peers (ethereum_peer_count == 0), or a boot node that does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{ $labels.node }} ({{ $labels.organization }}) {{ $value }} blocks behind the tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 blocks behind the highest fresh height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissioning off on {{ $labels.node }} ({{ $labels.organization }})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node answers but exports no permissioning check counter, or its counters stayed flat for %1 while transactions were included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-1 data of {{ $labels.organization }} no longer arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample of the institution&apos;s nodes newer than %1 s at this level 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer access at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 observer-boots answer, or all that answer are in one institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rests on JSON-RPC or Sentinela&apos;s own history, no metric equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
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
    <name>PrometheusFederation</name>
    <message>
        <source>Prometheus %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Prometheus endpoint configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus endpoint configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recent samples of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves stale data: newest sample is %2 s old (limit %3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Prometheus endpoint could answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serving %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoint serving (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fresh data of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrometheusParse</name>
    <message>
        <source>Unexpected reply from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>RecentBlocksModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? undecodable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (round change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below quorum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seals k/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by %1 (%2 of %3 validators; quorum %4). A block carries the seals its importer had when the quorum was reached, so fewer than every validator is normal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>report: --from: &quot;%1&quot; is not a date such as 2026-12-01 or 2026-12-01T09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --to: &quot;%1&quot; is not a date such as 2026-12-06 or 2026-12-06T18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: no profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one collection pass at %1 and the incident book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the period is empty (--from %1 is not before --to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3, %4 blocks, %5 validators, %6 incidents, %7 recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1 (verdict of verify-snapshot: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Committee report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability, the validators&apos; OLA, incidents and recurring problems over a period, for the Technical and Executive Committees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf or report.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data held covers %1 to %2; outside it the report says the history is partial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block is held yet: the report will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undecided: partial history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produced / expected, target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the %1 target (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longest interval under %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLA yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLA red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3). For the Technical and Executive Committees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the institution&apos;s own collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks produced: %1 of %2 expected (%3; target %4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service hours: none in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service hours: %1 of %2 expected (%3): %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block intervals under %1 s: %2 (target %3); under %4 s: %5 (target %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every validator within its OLA (or without enough data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators below their OLA: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) in the period</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answer deadline missed %n time(s), action deadline %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recurring problem(s): the same rule on the same node more than once.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block of the period is in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data reaches back to %1 only: the figures count from there (%2 blocks missing in holes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data covers the whole period (%1 blocks missing in holes, interpolated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected blocks are the seconds counted divided by the block period (%1 s); service hours are %2 to %3 on working days (%4), holidays excluded. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks produced against expected, per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under %1 s (target %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block intervals: the time between a block and its parent, by when the block closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest block interval per %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators (OLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block of the period carries seals that could be analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks %1 to %2 (%3 blocks). A validator&apos;s share of proposed blocks is judged against the OLA table for the validator count; signing counts the committed seals it has in the blocks it was a validator for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLA yellow / red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round changes on its turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of blocks proposed per validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident was open in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times to acknowledge and to resolve count service hours only. Critical incidents must be answered within %1 service hours and acted on within %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more incident(s) not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recurring problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule fired more than once on the same node in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node or subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in service hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a report is written as .pdf or .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage and accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data holds no transaction usage: the blocks&apos; transactions were not read when it was collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions in %2 blocks of the period, %3 failed, %4 gas used. Each sender account is attributed to the institution that answers for it in the profile or, where the profile does not list it, by the permissioning contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transactions read reach back to %1 only: the figures count from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) without a receipt count without gas.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every sender account of the period is answered for by an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sender account(s) that no institution answers for: the accountability gap. The Operations Manual makes the institution that permissioned an account answer for it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why unattributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more account(s) not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contracts called most, by gas used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(contract creations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction usage: not in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 transactions from %n sender account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) that no institution answers for.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every one answered for by an institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1, chain id %2. Data: %3, captured by %4 on %5. Report generated on %6 with Sentinela %7.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rlp</name>
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
    <name>Secp256k1</name>
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
    <message>
        <source>secret file %1 is larger than %2 bytes: not a secret; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret file %1 is readable by its group or by everyone; restrict it (chmod 600)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerCheck</name>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No qbft_getSignerMetrics reply lists this validator yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing from RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC reply does not list it, but it proposed %1 of the blocks held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC says %1, blocks say %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC reply counts %1 proposed blocks; the blocks held show %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPC says last #%1, blocks say %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC reply gives block #%1 as its last proposal; the blocks held say %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks from %1–%2 to %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RPC reply counts %1 proposed blocks over %2, which the history in memory does not fully hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qbft_getSignerMetrics agrees with the blocks: %1 proposed over %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotBlockTable</name>
    <message>
        <source>%1: the table ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items cannot fit in the %3 bytes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a block table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block table version %1, this version reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: no node name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional fields: unknown bits 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number: %1 after %2 (blocks must ascend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal.quorumMet: %1 is not 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes after the last block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>snapshot: cannot read the signing key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: the incident book %1 does not open (%2); no incidents included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: no incident book at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: not every source answered within %1 ms; writing what arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 nodes, %3 blocks, %4 incidents, %5 bytes%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1, app %2, window %3 to %4, %5 nodes, %6 blocks, %7 incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: digest ok, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is neither a PEM public key nor a profile with snapshots.trustedKeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCrypto</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the key and the header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotHeader</name>
    <message>
        <source>header field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected sha256: and 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an Ed25519 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publicKey or value missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a size within the content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotJson</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 0x-prefixed hex with an even number of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atDelta, height and peers differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [time, value]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present although the blocks are in the block table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected [since, lastSeen, list]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not as long as atDelta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 ages a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an age of at least 0, or -1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 (blocks must ascend)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed content is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the content expands past %1 bytes (a decompression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed content ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content has %1 bytes, the header says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1 bytes, more than the %2 a snapshot may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Sentinela snapshot (no SNTLSNAP signature at the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the file ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupted: a header of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupted header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Sentinela (%1: file format %2, schema %3); this version %4 reads up to format %5, schema %6. Open it with Sentinela %1 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 of the %2 bytes of content are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupted: %1 bytes after the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest mismatch: the content is not the one the header&apos;s SHA-256 describes (altered or damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1 (trusted key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with %1&apos;s key, but it claims to come from %2: untrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by a key not trusted for %1 (untrusted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: the content would be %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile in the snapshot does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: %2 bytes, more than the %3 a snapshot may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2 by %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>no incident &quot;%1&quot; in the incident book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
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
    <name>StatusCommand</name>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: not every source answered within %1 ms; judging what arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 — tip %2, newest block %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of unknown age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending validator votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDetections</name>
    <message>
        <source>%1 cannot tell: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: none detected by this pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Incidents detected by this pass: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeCursor</name>
    <message>
        <source>Back one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward one block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed: snapshot seconds per real second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment every page shows: drag to replay the snapshot&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time cursor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(capture time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 before capture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the window from this moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeWindowBox</name>
    <message>
        <source>Last 100 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyLegend</name>
    <message>
        <source>link (arrow: accepting side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected link missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ few peers / validator short of quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✂ cut off from the main partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill colour: institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyNodeModel</name>
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
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public observers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers not in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated in partition %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked to %1 of %2 validators, quorum needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s), below the minimum of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected link(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no peer information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyPage</name>
    <message>
        <source>Peer topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which node is connected to which, from every reachable node&apos;s admin_peers: missing static links, partitions, nodes with few peers and validators that do not reach a quorum of validators directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a node to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is configured: the profile lists no nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No node has answered admin_peers yet: at least one node&apos;s JSON-RPC must be reachable with the ADMIN namespace enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADMIN is disabled on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 nodes report their peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✂ The network is split into %n partition(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expected link(s) missing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n validator(s) not directly linked to a quorum (%1 of %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n node(s) with fewer than %1 peers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous peers of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enode public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing expected links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No peer list is known at this moment: the snapshot holds each node&apos;s admin_peers only as last observed before the capture. Move the time cursor closer to the capture time to see the topology.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopologyView</name>
    <message>
        <source>⚠ quorum</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n peer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✂ partition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expected link missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionParse</name>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an address text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 0x and 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a hex quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a 32-byte hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a block object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions[%1]: expected a transaction object (ask with full transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions[%1].%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a receipt object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageJson</name>
    <message>
        <source>%1.%2: missing or of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[%2]: expected a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.addresses: expected texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.start: expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: address index out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.contractAnswers: expected objects with an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected value: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions, gas and failures per institution and per sender account, with the accounts no institution answers for listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions per second by institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first blocks&apos; transactions from a node&apos;s JSON-RPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot holds no transaction usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions in %2 blocks (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window starts before the held history (%1 held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sender(s) still being asked to the permissioning contract</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sender account(s) that no institution answers for: an accountability gap for the committee.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tx/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1 for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export usage as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>usage chart legend: senders no institution answers for</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>Unknown senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n tx)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(asking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no institution answers for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tx/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gas used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatorAnalysis</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2,000 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no analysed blocks in the window yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks %1–%2 (%3 blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial: %1; the history in memory starts at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; some blocks are missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatorDetail</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validator selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a validator in the table or the strip to see its proposals over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator not in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysed block of the window (%1) includes this validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the history in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1, %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: %1 of %2 blocks (%3 %, expected %4 %; OLA yellow below %5 %, red below %6 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing rate: %1 % (%2 of %3 blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round changes on its turns: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer metrics (RPC): %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validator selected: its proposals over time will be charted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: no analysed block of this window includes this validator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: the chart needs at least two analysed blocks in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatorTableModel</name>
    <message>
        <source>(not in the inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (OLA %2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of the validator set in the analysed blocks of this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysed block of this window includes this validator yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed %1 of %2 blocks (%3); expected %4 with this validator count.
OLA: yellow below %5, red below %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed nothing over the last %1 blocks: validators like this are voted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the newest block&apos;s validator set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed seals on %1 of the %2 blocks it was a validator for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks whose first-round proposer it was (%1) and how many of them needed a round change (%2): a validator that is down or out of consensus makes the network wait on its turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round changes on its turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the window&apos;s blocks it proposed, against the OLA thresholds (yellow / red) for the validator count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s qbft_getSignerMetrics reply (proposed blocks and last proposed block) checked against the proposers of the blocks in memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatorVotes</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be cast by %1 when proposing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by %1 outside the validator set (never cast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect: already a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no effect: not a validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it passes when %1 of the %2 validators have cast it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other nodes vote the opposite way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatorsPage</name>
    <message>
        <source>Validator participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per validator and per block: who proposed and who signed, the share of blocks proposed against the operational level (OLA), the signing rate, and validators out of consensus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search institution, validator or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing blocks: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent blocks (newest on the right; hover for details):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network is configured: open a profile with the network&apos;s nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Analysing the committed seals of %n block(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n block(s) received could be decoded as QBFT / IBFT 2.0.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for blocks: no node has answered with a block yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history in memory does not cover the whole window: the figures count only the blocks held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending validator votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending validator votes (cast in the blocks their nodes propose):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WallOverview</name>
    <message>
        <source>Producing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes up by institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validators sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: one block every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>fault margin: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quorum of %1 lost: %n short</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>validator set not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest figure %1 old · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figure received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more institution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No institution in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents are not recorded on this wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowedPageFrame</name>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>analysis::Topology</name>
    <message numerus="yes">
        <source>%n observer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown peer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>analysis::TopologyLayout</name>
    <message>
        <source>Graphviz %1 could not lay out the graph of %2 nodes</source>
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
    <message>
        <source>The kiosk cannot start: the profile %1 has errors or no such network; see the log.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident notification (%1) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sentinela-cli</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no network named &quot;%2&quot;</source>
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
