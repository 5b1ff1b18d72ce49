
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01974f0f03ff0251': str`ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵙⵏⴱⴰⴹⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ ⵙ ⵓⵎⵙⵎⴰⴳⵉ "${0}".`,
's0382d73823585617': str`${0}: ⴰⵙⴳⴳⵯⴰⵙ ${1}`,
's0999cc361e50c289': `ⴰⵙⴰⵍⵉ ⵏ ⵉⵎⴹⴰⵏ…`,
's0d019fd03df4c833': `ⵜⵉⵛⴽⴰⵢⵉⵏ ⵏⵏⴰ ⵉⵏⵏⵓⵔⵥⵎⵏ ⴷⴰⵖ`,
's0f8349163d6afecb': str`${0} (ⵉⵙⵡⵉ: ${1})`,
's14641b92ac165408': str`ⵉⵙⵡⵉ: ${0} ⵏⵖ ⴷⵔⵓⵙ`,
's16a2d4948cfb4e7e': `ⵉⵙⵡⵉ ⵉⵜⵜⵓⵍⴽⵎ`,
's1d5bb8155f842a8d': `ⵜⴰⵏⵏⴰⵢⵜ ⵅⴼ ⵜⵔⴰⵔⵉⵜ`,
's21d3105da2416024': str`ⵉⵙⵡⵉ: ${0} ⵏⵖ ⵓⴳⴳⴰⵔ`,
's2a2b56ecf7c82369': `ⵜⵉⵙⵏⴱⴰⴹⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⴳ ⵜⵙⵉⵍⴰ`,
's2dd826dd8242cf8c': str`ⵍⴽⵎⵏⵜ ${0} ⵏ ⵜⵓⵣⵉⵏⵉⵏ`,
's419cc6f14bf235d9': `ⵜⵉⵣⵉ ⵜⴰⵏⴰⵎⵎⴰⵙⵜ ⵏ ⵜⵔⴰⵔⵉⵜ`,
's59e5ee702b7ead6d': str`ⵉⵎⴹⴰⵏ ⵏ ${0}`,
's5f4f569981ad3aa0': `ⵜⵜⵓⴼⴽⴰ ⵜⵔⴰⵔⵉⵜ ⴳ ⵓⵣⵎⵣ ⵏⵏⵙ`,
's5fcd72bbca480987': `ⵜⵉⵙⵏⴱⴰⴹⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⴰⴽⴽⵯ`,
's684a712107b118fe': `ⵜⵜⵓⴼⴽⴰ ⵜⵔⴰⵔⵉⵜ`,
's6ac43cc737eb52a3': `ⵉⵙⵡⵉ ⵓⵔ ⵉⵜⵜⵓⵍⴽⵉⵎ`,
's946291dd2258d9af': `ⵓⵔ ⵏⵣⵎⵉⵔ ⴰⴷ ⵏⵙⴰⵍⵉ ⵉⵎⴹⴰⵏ.`,
's95a1cb66adc3c4f9': `ⵓⵔⵜⴰ ⵍⵍⵉⵏ ⵉⵎⴹⴰⵏ`,
's9976b5befb314c64': str`${0} ⵏ ⵡⵓⵙⵙⴰⵏ`,
's9bba96bb7ac9b38b': str`ⵖⵔ ⴰⵏⵇⵇⵉⵙ ⴰⵙⴳⴳⵯⴰⵙⴰⵏ ⵏ ${0}`,
'sa6a26dcca0ed660b': `ⵜⵉⵛⴽⴰⵢⵉⵏ`,
'sbdf1a1c65faaa9be': `ⵓⵔⵜⴰ ⵍⵍⵉⵏⵜ ⵜⵉⵏⵏⴰⵢⵉⵏ`,
'sc2e2a13280dcffda': `ⵉⵙⵓⵎⵔⵏ`,
'scd1dd6ff53d0d01a': `ⴰⵔⵎ ⴷⴰⵖ`,
'se5fee82c1a697ea4': `ⵜⵉⵛⴽⴰⵢⵉⵏ, ⵜⵉⵖⴹⴼⵉⵏ ⴷ ⵉⵙⵓⵎⵔⵏ`,
'sea6c03d5b39f7383': `ⵜⵓⵣⵉⵏⵉⵏ ⵏⵏⴰ ⵉⵣⵔⵉⵏ ⴰⵙⴰⴽⵓⴷ ⴰⵏⴳⴳⴰⵔⵓ ⴷⵖⵉ`,
'sf5fb1f2b58b5a4ba': str`${0} ⵙⴳ 5 (${1} ⵏ ⵜⵏⵏⴰⵢⵉⵏ)`,
'sfec3a53d990738da': `ⵜⵉⵖⴹⴼⵉⵏ`,
    };
  