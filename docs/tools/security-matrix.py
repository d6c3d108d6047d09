import re,sys
# Rewrites docs/security.md section 2 from each service's psr/authorization.tsv (SecurityDocTest checks they agree).
# Usage: python3 docs/tools/security-matrix.py [repository root]
import os
root=sys.argv[1] if len(sys.argv)>1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..')
doc=open(root+'/docs/security.md').read()
start=doc.index('## 2. Authorization matrix'); end=doc.index('## 3. Threat model')
svcs=[('incident-service','8081'),('register-service','8082'),('notification-service','8083'),('letters-service','8084'),('partner-sync-service','8085')]
out=['## 2. Authorization matrix','',
'The matrix is kept per service in `<service>/src/main/resources/psr/authorization.tsv` and is',
'**enforced** from that file by the platform in the filter chain, before the request body is',
'read (`platform/…/security/MatrixAuthorization.java`): a caller without a listed role gets 403',
'whatever they send, and an endpoint not in the matrix is denied to everyone. The controllers\'',
'`@PreAuthorize` annotations stay as a second line. Each service\'s `AuthorizationMatrixIT`',
'(`test-support/…/AuthorizationMatrixCheck.java`) reads the service\'s OpenAPI document, fails',
'if an endpoint is missing from the matrix or a line names no endpoint, and calls every',
'endpoint with no token (401), with a token for each of the 10 staff/partner roles, with a',
'token with no roles, and for internal APIs with the allowed and an unlisted service\'s token;',
'denied callers must get 403, allowed ones must get past authorization. The tables below are',
'the same files; `system-tests` `SecurityDocTest` fails when they drift apart.','',
'Record-level rules (who may see which record) are in §1.5; they apply after these.','']
n=0
for i,(m,port) in enumerate(svcs,1):
    out.append('### 2.%d %s (port %s)'%(i,m,port)); out.append('')
    out.append('| method | path | roles allowed | services allowed |'); out.append('|---|---|---|---|')
    for line in open(root+'/'+m+'/src/main/resources/psr/authorization.tsv'):
        line=line.strip()
        if not line or line.startswith('#'): continue
        c=re.split(r'\t+',line)
        out.append('| %s | `%s` | %s | %s |'%(c[0],c[1],', '.join(c[2].split(',')),', '.join(c[3].split(',')) if len(c)>3 else ''))
        n+=1
    out.append('')
out.append('%d endpoints in all.'%n); out.append(''); out.append('---'); out.append('')
doc=doc[:start]+'\n'.join(out)+'\n'+doc[end:]
open(root+'/docs/security.md','w').write(doc)
print(n)
