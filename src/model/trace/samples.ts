// Four synthetic messages showing typical routes. Documentation names and addresses only
// (RFC 2606 domains, RFC 5737 and RFC 3849 addresses), so no real person or server appears.

import type { SampleName } from './sampleNames';

/** A big webmail provider sends, a big hosted-mail provider receives: many internal hops on both sides. */
const webmail = `Delivered-To: bob@example.org
Authentication-Results: protection.example.org; spf=pass (sender IP is 192.0.2.77)
 smtp.mailfrom=example.com; dkim=pass (signature was verified)
 header.d=example.com; dmarc=pass action=none header.from=example.com
Received: from AS8P189CA0041.eurprd04.prod.example.org (2001:db8:20b:5c3::15) by
 DB9PR04MB8412.eurprd04.prod.example.org (2001:db8:10a6:1::12) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8335.11; Tue, 14 Jan 2025 09:30:05 +0000
Received: from AM4PEPF00027A64.eurprd04.prod.example.org (2001:db8:20b:5c3::9)
 by AS8P189CA0041.eurprd04.prod.example.org (2001:db8:20b:5c3::15) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8335.11; Tue, 14 Jan
 2025 09:30:04 +0000
Received: from smtp-out.example.com (192.0.2.77) by
 AM4PEPF00027A64.mail.protection.example.org (10.167.16.75) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8335.10 via
 Frontend Transport; Tue, 14 Jan 2025 09:30:03 +0000
Received: from mail-sor-f69.example.com (mail-sor-f69.example.com. [192.0.2.69])
        by smtp-out.example.com with SMTPS id a640c23a62f3a-ab2c1d8e9f0sor1234567;
        Tue, 14 Jan 2025 01:30:01 -0800 (PST)
Received: by 2001:db8:a05:7a11::2 with SMTP id x5csp1182207pjb;
        Tue, 14 Jan 2025 01:30:01 -0800 (PST)
Received: by 2001:db8:a05:6a10::1 with HTTP; Tue, 14 Jan 2025 01:30:00 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s2025;
        h=to:subject:message-id:date:from:mime-version; bh=c3ludGhldGljIGV4YW1wbGU=;
        b=c3ludGhldGljIHNpZ25hdHVyZSwgbm90IGEgcmVhbCBvbmU=
MIME-Version: 1.0
From: Alice <alice@example.com>
Date: Tue, 14 Jan 2025 01:29:59 -0800
Message-ID: <CAB1x9zQ-webmail-0001@mail.example.com>
Subject: Lunch on Friday?
To: Bob <bob@example.org>
Content-Type: text/plain; charset="UTF-8"

Hi Bob, are we still on for Friday? (A synthetic example message.)
`;

/** A self-hosted Postfix pair: login at the sender's server, then a spam filter loop and LMTP. */
const smallServer = `Return-Path: <alice@example.net>
Delivered-To: bob@example.org
Received: from mx.example.org
	by mx.example.org with LMTP
	id 8Cj2Lq8xhmdXGQAAf4Ux4w
	(envelope-from <alice@example.net>)
	for <bob@example.org>; Tue, 14 Jan 2025 09:30:05 +0000
Received: from localhost (localhost [127.0.0.1])
	by mx.example.org (Postfix) with ESMTP id 7D3F2A0C41
	for <bob@example.org>; Tue, 14 Jan 2025 09:30:05 +0000 (UTC)
X-Virus-Scanned: amavis at example.org
Received: from mx.example.org ([127.0.0.1])
	by localhost (mx.example.org [127.0.0.1]) (amavis, port 10024) with ESMTP
	id Zq1xK3vB7n2R for <bob@example.org>;
	Tue, 14 Jan 2025 09:30:04 +0000 (UTC)
Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.net;
	dkim=pass header.d=example.net header.s=mail; dmarc=pass header.from=example.net
Received: from mail.example.net (mail.example.net [203.0.113.25])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx.example.org (Postfix) with ESMTPS id 4YXk9Z3p1Qz9sWb
	for <bob@example.org>; Tue, 14 Jan 2025 09:30:03 +0000 (UTC)
Received: from [192.168.1.23] (dsl-23.example.net [203.0.113.23])
	(Authenticated sender: alice)
	by mail.example.net (Postfix) with ESMTPSA id 2B7C81E0123
	for <bob@example.org>; Tue, 14 Jan 2025 10:30:01 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=mail;
	h=from:to:subject:date:message-id; bh=c3ludGhldGljIGV4YW1wbGU=;
	b=c3ludGhldGljIHNpZ25hdHVyZSwgbm90IGEgcmVhbCBvbmU=
Message-ID: <5f0e9a1c-2b7c-4d8e-a1f2-000000000002@example.net>
Date: Tue, 14 Jan 2025 10:30:41 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Alice <alice@example.net>
To: Bob <bob@example.org>
Subject: Minutes of the club meeting
Content-Type: text/plain; charset=UTF-8

Hi Bob, the minutes are below. (A synthetic example message; Alice's laptop clock runs 40 s fast.)
`;

/** Bob's university address forwards to his own domain; the forwarder rewrites the envelope sender (SRS). */
const forwarded = `Return-Path: <SRS0=ab12=UK=example.com=alice@example.org>
Delivered-To: bob@example.net
Received: from mx.example.net
	by store.example.net with LMTP
	id 3kQ9AqUxhmfH2wAAb0Zx5A
	for <bob@example.net>; Tue, 14 Jan 2025 09:30:07 +0000
Authentication-Results: mx.example.net; spf=pass
	smtp.mailfrom=SRS0=ab12=UK=example.com=alice@example.org;
	dkim=pass header.d=example.com header.s=s2025; dmarc=pass header.from=example.com
Received: from out.example.org (out.example.org [198.51.100.30])
	by mx.example.net (Postfix) with ESMTPS id 4YXkB01mZlz1xQd
	for <bob@example.net>; Tue, 14 Jan 2025 10:30:06 +0100 (CET)
Received: from mx1.example.org ([198.51.100.25]:41872 helo=mx1.example.org)
	by out.example.org with esmtp (Exim 4.96)
	(envelope-from <SRS0=ab12=UK=example.com=alice@example.org>)
	id 1tXa9R-0001Qm-0b
	for bob@example.net;
	Tue, 14 Jan 2025 09:30:04 +0000
Authentication-Results: mx1.example.org; spf=pass smtp.mailfrom=example.com;
	dkim=pass header.d=example.com header.s=s2025; dmarc=pass header.from=example.com
Received: from smtp.example.com ([192.0.2.10] helo=smtp.example.com)
	by mx1.example.org with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <alice@example.com>)
	id 1tXa9Q-0004Zt-1x
	for bob@example.org;
	Tue, 14 Jan 2025 09:30:03 +0000
Received: from [203.0.113.45] (dsl-45.example.com [203.0.113.45])
	by smtp.example.com (Postfix) with ESMTPSA id 4Xk2Qd0Zz3z9
	for <bob@example.org>; Tue, 14 Jan 2025 10:30:01 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=s2025;
	h=from:to:subject:date:message-id; bh=c3ludGhldGljIGV4YW1wbGU=;
	b=c3ludGhldGljIHNpZ25hdHVyZSwgbm90IGEgcmVhbCBvbmU=
Message-ID: <a1b2c3d4-0003@example.com>
Date: Tue, 14 Jan 2025 10:30:00 +0100
From: Alice <alice@example.com>
To: Bob <bob@example.org>
Subject: Your reading list
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Hi Bob, here is the reading list. (A synthetic example message.)
`;

/** The receiving MX greylists: it answers 450 to the first try and accepts the retry six minutes later. */
const greylisted = `Return-Path: <alice@example.net>
Delivered-To: bob@example.org
Received: from mx.example.org
	by store.example.org with LMTP
	id 9bT4CxQzhmf5MAAAwLQx2g
	for <bob@example.org>; Tue, 14 Jan 2025 09:36:03 +0000
X-Greylist: delayed 361 seconds by postgrey-1.37 at mx.example.org;
	Tue, 14 Jan 2025 09:36:02 UTC
Authentication-Results: mx.example.org; spf=pass smtp.mailfrom=example.net;
	dkim=none; dmarc=pass header.from=example.net
Received: from host.example.net (host.example.net [203.0.113.80])
	by mx.example.org (Postfix) with ESMTPS id 4YXkF24m0Qz4x8p
	for <bob@example.org>; Tue, 14 Jan 2025 09:36:02 +0000 (UTC)
Received: from host.example.net (localhost [127.0.0.1])
	by host.example.net (8.17.1/8.17.1) with ESMTP id 50E9U1cD012346
	for <bob@example.org>; Tue, 14 Jan 2025 10:30:01 +0100
Received: (from alice@localhost)
	by host.example.net (8.17.1/8.17.1/Submit) id 50E9U0aB012345;
	Tue, 14 Jan 2025 10:30:01 +0100
Date: Tue, 14 Jan 2025 10:30:00 +0100
From: Alice <alice@example.net>
Message-Id: <202501140930.50E9U0aB012345@host.example.net>
To: bob@example.org
Subject: Invoice 2025-001
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi Bob, the invoice follows. (A synthetic example message.)
`;

export const SAMPLES: Readonly<Record<SampleName, string>> = {
  webmail,
  'small-server': smallServer,
  forwarded,
  greylisted,
};
