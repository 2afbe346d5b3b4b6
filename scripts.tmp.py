import re,glob,os
seeds=''.join(open(f).read() for f in glob.glob('/work/shared/seeds/*.txt'))
norm=lambda s: re.sub(r'[\s,，。、；;：:“”"（）()《》\-—…·!！?？]','',s)
S=norm(seeds)
N=15
grams=set(S[i:i+N] for i in range(len(S)-N+1))
worst=[]
for f in glob.glob('/work/main/src/content/**/*.*',recursive=True):
    if not f.endswith(('.mdx','.yaml')) or 'inventory' in f: continue
    t=open(f).read()
    # drop frontmatter keys and yaml keys roughly
    T=norm(t)
    hits=set()
    for i in range(len(T)-N+1):
        g=T[i:i+N]
        if g in grams: hits.add(i)
    if hits:
        # merge runs
        runs=[];start=None;prev=None
        for i in sorted(hits):
            if prev is None or i!=prev+1:
                if start is not None: runs.append((start,prev))
                start=i
            prev=i
        runs.append((start,prev))
        for a,b in runs: worst.append((b-a+N, f.replace('/work/main/',''), T[a:b+N][:60]))
worst.sort(reverse=True)
for w in worst[:40]: print(w)
print('total runs',len(worst))
