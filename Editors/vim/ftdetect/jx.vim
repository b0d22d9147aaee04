autocmd BufRead,BufNewFile *.jx setfiletype jx
