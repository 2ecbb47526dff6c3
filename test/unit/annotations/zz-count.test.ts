after(() => console.log('QUICK', (globalThis as Record<string, number>).QUICK, 'SLOW', (globalThis as Record<string, number>).SLOW));
