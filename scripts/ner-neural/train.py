"""Trains sitrep's BiLSTM-CRF named-entity tagger on data prepared by scripts/train-ner-neural.ts.

Reads the encoded CoNLL-2003 train and dev sentences (word ids, character ids, features, BILOU labels)
and the frozen word-vector table, trains with a fixed seed, keeps the epoch with the best dev F1, and
writes the network as ONNX (emissions only) plus the CRF transition scores as JSON.
Run through `npm run train:ner:neural`; needs Debian's python3-torch (no download).
"""
import argparse, json, math, random, sys, time
import numpy as np
import torch
import torch.nn as nn

p = argparse.ArgumentParser()
p.add_argument("--data", required=True)
p.add_argument("--out", required=True)
p.add_argument("--seed", type=int, default=1)
p.add_argument("--epochs", type=int, default=40)
p.add_argument("--patience", type=int, default=8)
p.add_argument("--hidden", type=int, default=64)
p.add_argument("--batch", type=int, default=32)
p.add_argument("--lr", type=float, default=0.0015)
p.add_argument("--dropout", type=float, default=0.5)
p.add_argument("--proj", type=int, default=64, help="width of the linear projection before the LSTMs (0: none)")
p.add_argument("--char-dim", type=int, default=20)
p.add_argument("--char-filters", type=int, default=30)
p.add_argument("--threads", type=int, default=2)
p.add_argument("--resume", default="", help="start from the network saved in this state.pt")
p.add_argument("--export-only", action="store_true", help="export the network saved in --out/state.pt")
p.add_argument("--limit", type=int, default=0, help="read only this many sentences of each split (a smoke test)")
args = p.parse_args()

random.seed(args.seed); np.random.seed(args.seed); torch.manual_seed(args.seed)
torch.set_num_threads(args.threads)
meta = json.load(open(f"{args.data}/meta.json"))
K, F, C = meta["labels"], meta["features"], meta["maxChars"]
emb = np.fromfile(f"{args.data}/vectors.i8", dtype=np.int8).reshape(-1, meta["dim"])
scales = np.fromfile(f"{args.data}/scales.f32", dtype=np.float32)
allowed = torch.tensor(meta["allowed"], dtype=torch.bool)  # [K+1, K]: row 0 = start
ends = torch.tensor(meta["canEnd"], dtype=torch.bool)

def load(name):
    return [json.loads(line) for line in open(f"{args.data}/{name}.jsonl")]

train, dev = load("train"), load("dev")
if args.limit:
    train, dev = train[:args.limit], dev[:args.limit]
print(f"{len(train)} train, {len(dev)} dev sentences; vocab {emb.shape[0]}; chars {meta['chars']}", flush=True)

class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("emb_q", torch.from_numpy(emb.copy()))
        self.register_buffer("emb_s", torch.from_numpy(scales.copy()).unsqueeze(1))
        self.char_emb = nn.Embedding(meta["chars"], args.char_dim, padding_idx=0)
        self.char_cnn = nn.Conv1d(args.char_dim, args.char_filters, 3, padding=1)
        d = meta["dim"] + args.char_filters + F
        # A narrow projection makes the LSTMs' input products cheap: tagging speed is a target too.
        self.proj = nn.Linear(d, args.proj) if args.proj else None
        d = args.proj or d
        self.fwd = nn.LSTM(d, args.hidden, batch_first=True)
        self.bwd = nn.LSTM(d, args.hidden, batch_first=True)
        self.drop = nn.Dropout(args.dropout)
        self.out = nn.Linear(2 * args.hidden, K)

    def forward(self, words, type_chars, type_of, feats, rev):
        # Character features are computed once per distinct word form (type_chars: [types, C]) and
        # gathered per token (type_of: [B, T]): frequent words cost one CNN pass per batch.
        # Index inputs arrive as int32 (cheap to fill from JavaScript) and are widened here.
        # Features arrive as uint8 0/1 (a quarter of the bytes of float32).
        words, type_chars, type_of, rev = words.long(), type_chars.long(), type_of.long(), rev.long()
        feats = feats.float()
        B, T = words.shape
        w = self.emb_q[words].float() * self.emb_s[words]
        c = self.char_emb(type_chars).transpose(1, 2)
        c = torch.relu(self.char_cnn(c)).max(dim=2).values
        c = c[type_of.reshape(-1)].reshape(B, T, -1)
        x = self.drop(torch.cat([w, c, feats], dim=2))
        if self.proj is not None:
            x = self.proj(x)
        hf, _ = self.fwd(x)
        idx = rev.unsqueeze(2)
        hb, _ = self.bwd(torch.gather(x, 1, idx.expand(B, T, x.shape[2])))
        hb = torch.gather(hb, 1, idx.expand(B, T, hb.shape[2]))
        return self.out(self.drop(torch.cat([hf, hb], dim=2)))

NEG = -1e4
class CRF(nn.Module):
    def __init__(self):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(K, K))
        self.start = nn.Parameter(torch.zeros(K))
        self.end = nn.Parameter(torch.zeros(K))

    def scores(self):
        t = self.trans.masked_fill(~allowed[1:], NEG)
        s = self.start.masked_fill(~allowed[0], NEG)
        e = self.end.masked_fill(~ends, NEG)
        return t, s, e

    def nll(self, em, tags, mask):
        t, s, e = self.scores()
        B, T, _ = em.shape
        # gold path score
        g = s[tags[:, 0]] + em[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for i in range(1, T):
            step = t[tags[:, i - 1], tags[:, i]] + em[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
            g = g + step * mask[:, i]
        last = tags.gather(1, (mask.sum(1).long() - 1).unsqueeze(1)).squeeze(1)
        g = g + e[last]
        # partition
        a = s.unsqueeze(0) + em[:, 0]
        for i in range(1, T):
            n = torch.logsumexp(a.unsqueeze(2) + t.unsqueeze(0), dim=1) + em[:, i]
            m = mask[:, i].unsqueeze(1)
            a = n * m + a * (1 - m)
        z = torch.logsumexp(a + e.unsqueeze(0), dim=1)
        return (z - g).sum()

def viterbi(em, n, t, s, e):
    score = s + em[0]
    back = []
    for i in range(1, n):
        cand = score[:, None] + t
        back.append(cand.argmax(0))
        score = cand.max(0) + em[i]
    score = score + e
    best = [int(score.argmax())]
    for b in reversed(back):
        best.append(int(b[best[-1]]))
    return best[::-1]

def spans(labels):
    out, start = set(), None
    for i, l in enumerate(labels):
        if l == 0: start = None; continue
        typ, part = (l - 1) >> 2, (l - 1) & 3
        if part == 3: out.add((i, i + 1, typ)); start = None
        elif part == 0: start = i
        elif part == 2 and start is not None: out.add((start, i + 1, typ)); start = None
    return out

def tensors(batch):
    B, T = len(batch), max(len(x["w"]) for x in batch)
    words = torch.zeros(B, T, dtype=torch.long); chars = torch.zeros(B, T, C, dtype=torch.long)
    feats = torch.zeros(B, T, F); rev = torch.zeros(B, T, dtype=torch.long)
    tags = torch.zeros(B, T, dtype=torch.long); mask = torch.zeros(B, T)
    for b, x in enumerate(batch):
        n = len(x["w"])
        words[b, :n] = torch.tensor(x["w"]); tags[b, :n] = torch.tensor(x["y"]); mask[b, :n] = 1
        for i, cs in enumerate(x["c"]): chars[b, i, :len(cs)] = torch.tensor(cs)
        for i, fs in enumerate(x["f"]):
            for f in fs: feats[b, i, f] = 1
        rev[b] = torch.tensor(list(range(n - 1, -1, -1)) + list(range(n, T)))
    # In training every token is its own "type": the same numbers as sharing equal forms.
    return words, chars.reshape(B * T, C), torch.arange(B * T).reshape(B, T), feats, rev, tags, mask

model, crf = Tagger(), CRF()
if args.resume:
    saved = torch.load(args.resume)
    model.load_state_dict(saved["model"]); crf.load_state_dict(saved["crf"])
params = list(model.parameters()) + list(crf.parameters())
opt = torch.optim.Adam(params, lr=args.lr)
# Halve the learning rate when dev F1 stalls for two epochs.
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", factor=0.5, patience=2)

def evaluate(data):
    model.eval(); tp = fp = fn = 0
    t, s, e = [x.detach().numpy() for x in crf.scores()]
    with torch.no_grad():
        for i in range(0, len(data), 64):
            batch = data[i:i + 64]
            words, chars, types, feats, rev, tags, mask = tensors(batch)
            em = model(words, chars, types, feats, rev).numpy()
            for b, x in enumerate(batch):
                pred = spans(viterbi(em[b], len(x["w"]), t, s, e)); gold = spans(x["y"])
                tp += len(pred & gold); fp += len(pred - gold); fn += len(gold - pred)
    p_ = tp / max(1, tp + fp); r = tp / max(1, tp + fn)
    return 100 * 2 * p_ * r / max(1e-9, p_ + r)

best, best_epoch, best_state = -1.0, 0, None
if args.export_only:
    saved = torch.load(f"{args.out}/state.pt")
    best_state, best, best_epoch = (saved["model"], saved["crf"]), saved["devF1"], saved["epoch"]
    args.epochs = 0
order = sorted(range(len(train)), key=lambda i: len(train[i]["w"]))
for epoch in range(1, args.epochs + 1):
    model.train(); t0 = time.time(); total = 0.0
    # Batches of similar length (less padding), visited in a seeded random order.
    batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
    random.shuffle(batches)
    for ids in batches:
        words, chars, types, feats, rev, tags, mask = tensors([train[i] for i in ids])
        loss = crf.nll(model(words, chars, types, feats, rev), tags, mask)
        opt.zero_grad(); (loss / len(ids)).backward()
        nn.utils.clip_grad_norm_(params, 5.0); opt.step(); total += loss.item()
    f1 = evaluate(dev)
    sched.step(f1)
    print(f"epoch {epoch}: loss {total / len(train):.3f}, dev F1 {f1:.2f} ({time.time() - t0:.0f}s)", flush=True)
    if f1 > best:
        best, best_epoch = f1, epoch
        best_state = ({k: v.clone() for k, v in model.state_dict().items()}, {k: v.clone() for k, v in crf.state_dict().items()})
        # Saved at every improvement, so a long run can be exported (--export-only) before it ends.
        torch.save({"model": best_state[0], "crf": best_state[1], "devF1": best, "epoch": best_epoch}, f"{args.out}/state.pt")
    elif epoch - best_epoch >= args.patience:
        break

model.load_state_dict(best_state[0]); crf.load_state_dict(best_state[1]); model.eval()
torch.save({"model": best_state[0], "crf": best_state[1], "devF1": best, "epoch": best_epoch}, f"{args.out}/state.pt")
words, chars, types, feats, rev, _, _ = tensors(dev[:4])
inputs = tuple(x.int() for x in (words, chars, types)) + (feats.to(torch.uint8), rev.int())
torch.onnx.export(model, inputs, f"{args.out}/tagger.onnx",
                  input_names=["words", "type_chars", "type_of", "features", "reverse"], output_names=["emissions"],
                  dynamic_axes={"words": {0: "b", 1: "t"}, "type_chars": {0: "u"}, "type_of": {0: "b", 1: "t"},
                                "features": {0: "b", 1: "t"}, "reverse": {0: "b", 1: "t"},
                                "emissions": {0: "b", 1: "t"}}, opset_version=13)
t, s, e = [x.detach().tolist() for x in crf.scores()]
json.dump({"transitions": t, "start": s, "end": e, "devF1": round(best, 2), "epoch": best_epoch,
           "seed": args.seed, "hidden": args.hidden, "proj": args.proj, "charFilters": args.char_filters,
           "batch": args.batch, "lr": args.lr},
          open(f"{args.out}/crf.json", "w"))
print(f"best dev F1 {best:.2f} at epoch {best_epoch}", flush=True)
