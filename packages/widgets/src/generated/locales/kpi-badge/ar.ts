
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01974f0f03ff0251': str`لا توجد هيئة عمومية تحمل المعرّف «${0}».`,
's0382d73823585617': str`${0}: سنة ${1}`,
's0999cc361e50c289': `جارٍ تحميل الأرقام…`,
's0d019fd03df4c833': `الشكايات المُجدَّدة`,
's0f8349163d6afecb': str`${0} (الهدف: ${1})`,
's14641b92ac165408': str`الهدف: ${0} على الأكثر`,
's16a2d4948cfb4e7e': `تم بلوغ الهدف`,
's1d5bb8155f842a8d': `درجة الرضا`,
's21d3105da2416024': str`الهدف: ${0} على الأقل`,
's2a2b56ecf7c82369': `الهيئات العمومية المنخرطة في المنصة`,
's2dd826dd8242cf8c': str`مجموع ما تم استلامه: ${0}`,
's419cc6f14bf235d9': `المدة الوسيطة للرد`,
's59e5ee702b7ead6d': str`الأرقام بتاريخ ${0}`,
's5f4f569981ad3aa0': `تم الرد داخل الأجل`,
's5fcd72bbca480987': `جميع الهيئات العمومية`,
's684a712107b118fe': `تم الرد`,
's6ac43cc737eb52a3': `لم يتم بلوغ الهدف`,
's946291dd2258d9af': `تعذّر تحميل الأرقام.`,
's95a1cb66adc3c4f9': `لا توجد أرقام بعد`,
's9976b5befb314c64': str`عدد الأيام: ${0}`,
's9bba96bb7ac9b38b': str`اطّلع على التقرير السنوي لسنة ${0}`,
'sa6a26dcca0ed660b': `الشكايات`,
'sbdf1a1c65faaa9be': `لا توجد تقييمات بعد`,
'sc2e2a13280dcffda': `الاقتراحات`,
'scd1dd6ff53d0d01a': `أعد المحاولة`,
'se5fee82c1a697ea4': `الشكايات والملاحظات والاقتراحات`,
'sea6c03d5b39f7383': `المتأخرة عن الأجل حاليًا`,
'sf5fb1f2b58b5a4ba': str`${0} من 5 (عدد التقييمات: ${1})`,
'sfec3a53d990738da': `الملاحظات`,
    };
  